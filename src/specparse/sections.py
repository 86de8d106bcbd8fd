"""Split cleaned body lines into sections at headings, keeping each section's lines and span."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .body_fields import (
    FIELD_PRONE_KEYS,
    MIN_FIELD_TABLE_ROWS,
    field_list_length,
    header_field,
    labelled_value,
    one_short_value,
    value_follows,
)
from .dates import is_date_only
from .headings import LABEL, Heading, heading_at, list_follows
from .lines import Line
from .paragraphs import LIST_MARKER
from .pay_fields import FIELD_LIST_REACH, is_field, pay_field
from .vocab import Vocabulary

# Blocks that are lists of statements: a topic line between their bullets groups them, it does not
# end the block.
LIST_BLOCKS = frozenset({"duties", "knowledge_skills_abilities", "knowledge", "skills", "abilities"})
# "8. Licensing Process Support": a numbered group label.
_GROUP_NUMBER = re.compile(r"^\s*(?P<number>\d{1,2})\.\s+[A-Z]")
# A heading longer than this that ends in ':' reads as a lead-in sentence ("We are seeking … the following:").
MAX_LEAD_IN_HEADING_WORDS = 5
# A document-kind banner ("JOB DESCRIPTION") carries at most a few short title-block lines under it.
MAX_BANNER_LINES = 6
MAX_BANNER_CHARS = 60

# "##Summary of Duties": kramdown (Jekyll's Markdown) takes a heading without the space after the
# hashes; postings written for it keep them when read as CommonMark.
_TIGHT_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})(?P<inner>[A-Za-z][^#]*?)\s*#*\s*$")


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
    # Opened by a sub-heading ("PERSON SPECIFICATION" then "Setting Direction"): its further unknown
    # headings are more sub-headings, not new sections.
    subheaded: bool = False
    # A pay field of the header ("Salary: $74,839 - $96,438"): its figures are read as a field already.
    pay_field: bool = False

    def content(self) -> list[Line]:
        return [line for line in self.lines if line.text]


@dataclass(slots=True)
class Split:
    """The document cut at its headings: text before the first, the sections, text after the last."""

    preamble: list[Line]
    sections: list[RawSection]
    trailer: list[Line]
    fields: list[Line] = field(default_factory=list)  # "Label: value" field-list lines, wherever they stood
    front_pay: list[Line] = field(default_factory=list)  # pay fields of the front matter, now salary sections

    def header_lines(self) -> list[Line]:
        """The front matter as printed, its pay fields in place: what the header readers read."""
        if not self.front_pay:
            return self.preamble
        return sorted([*self.preamble, *self.front_pay], key=lambda line: line.number)


def split_sections(lines: list[Line], vocab: Vocabulary) -> Split:
    """Cut the body at headings; unknown headings after the first known one open 'other' sections."""
    preamble: list[Line] = []
    sections: list[RawSection] = []
    fields: list[Line] = []
    levels: list[int | None] = []  # heading level of each section's heading
    lines = [_tight_markdown_heading(line) for line in lines]
    index = 0
    while index < len(lines):
        line = lines[index]
        run = field_list_length(lines, index, vocab)
        if run:
            block = lines[index : index + run]
            fields.extend(block)
            (sections[-1].lines if sections else preamble).extend(block)
            index += run
            continue
        in_competencies = bool(sections) and sections[-1].key == "knowledge_skills_abilities"
        heading = heading_at(
            lines,
            index,
            vocab,
            seen_known=bool(sections),
            in_competencies=in_competencies,
            in_duties=bool(sections) and sections[-1].key == "duties",
        )
        if heading is not None and _under_empty(heading, sections):
            sections[-1].subheaded = True
            heading = None
        if (
            heading is not None
            and _lead_in_under_empty(line, heading, sections)
            and not _nested_lead_in(line, heading, levels, sections)
        ):
            sections[-1].key = heading.key  # "The Opportunity" over "In this role you will …:" is duties
            heading = None
        if heading is not None and (
            _nested(line, heading, levels)
            or _nested_lead_in(line, heading, levels, sections)
            or _repeated(heading, sections)
            or _groups_items(lines, index, heading, sections)
            or _next_numbered_group(line, sections)
            or (not heading.known and bool(sections) and sections[-1].subheaded)
        ):
            heading = None
        if heading is not None and (
            (not sections and header_field(lines, index, heading))
            or labelled_value(lines, index, heading)
            or (not heading.rest and value_follows(lines, index))
        ):
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
        _fold_into(preamble, sections.pop(0))
        # Unknown and employer headings after it ("Classification", "Office/Department" of a duty
        # statement's form) were taken for sections only because the banner looked like a known heading.
        while sections and sections[0].key == "other":
            _fold_into(preamble, sections.pop(0))
    _fold_field_tables(preamble, sections)
    trailer = _cut_trailer(sections)
    sections, front_pay = _with_pay_fields(preamble, sections, fields, vocab)
    for section in sections:
        numbered = [line.number for line in section.lines if line.text and line.number]
        if numbered:
            section.end_line = max(section.end_line, numbered[-1])
    return Split(preamble=preamble, sections=sections, trailer=trailer, fields=fields, front_pay=front_pay)


def _with_pay_fields(
    preamble: list[Line], sections: list[RawSection], fields: list[Line], vocab: Vocabulary
) -> tuple[list[RawSection], list[Line]]:
    """Each labelled pay line of the title block or a field list becomes a salary section of its own.

    The strict labels count "Salary(s): PM3 $74,839.00 - $96,438.00 per year" under a bulletin's title,
    "Salary: $130,000.00 Annually" in a posting's field list and "• Salary (Annual): $73,476 to
    $107,469" among bulleted details as a salary block. The line stays a header field (``fields``) for
    the salary parser and the header readers; it leaves the front matter (returned, to be read there
    in place) or the block it stood in.
    """
    in_fields = {id(line) for line in fields}
    found: list[RawSection] = []
    front_pay: list[Line] = []
    for holder in [preamble, *(section.lines for section in sections if section.key != "salary")]:
        for position in range(len(holder) - 1, -1, -1):
            line = holder[position]
            if ":" not in line.text:
                continue  # most lines: a pay field is always "Label: value"
            listed = holder is preamble or id(line) in in_fields or line.list_item or LIST_MARKER.match(line.text)
            pay = pay_field(line.text, vocab) if listed else None
            if pay is None or not (holder is preamble or id(line) in in_fields or _among_fields(holder, position)):
                continue
            del holder[position]
            if holder is preamble:
                front_pay.insert(0, line)
            if id(line) not in in_fields:
                fields.append(line)
            rest = [line] if pay.whole_line else [Line(text=pay.value, page=line.page, number=line.number)]
            found.append(
                RawSection(
                    key="salary",
                    heading=pay.label,
                    lines=rest,
                    start_line=line.number,
                    end_line=line.number,
                    page=line.page,
                    pay_field=True,
                )
            )
    if not found:
        return sections, front_pay
    return sorted([*sections, *found], key=lambda section: section.start_line), front_pay


def _among_fields(lines: list[Line], position: int) -> bool:
    """Another 'Label: value' line stands within a few lines: a list of details ("• Job ID: 180334")."""
    near = [line for line in lines[max(0, position - 2 * FIELD_LIST_REACH) : position] if line.text.strip()]
    after = [line for line in lines[position + 1 : position + 1 + 2 * FIELD_LIST_REACH] if line.text.strip()]
    return any(is_field(line.text) for line in [*near[-FIELD_LIST_REACH:], *after[:FIELD_LIST_REACH]])


def _fold_field_tables(preamble: list[Line], sections: list[RawSection]) -> None:
    """Label headings over one short value each, several in a row and some naming no block, are a table
    of fields.

    US federal postings print "Supervisory status" / "No", "Work Schedule" / "Full time" as bold label
    over value: such a "supervision" or "working conditions" block is one value of the posting, so it
    goes back into the block before it.
    """
    short = [one_short_value(section.content()) for section in sections]
    for index in range(len(sections) - 1, -1, -1):
        section = sections[index]
        if section.key not in FIELD_PRONE_KEYS or not short[index]:
            continue
        first, last = index, index
        while first > 0 and short[first - 1]:
            first -= 1
        while last + 1 < len(sections) and short[last + 1]:
            last += 1
        if last - first + 1 < MIN_FIELD_TABLE_ROWS or all(other.known for other in sections[first : last + 1]):
            continue  # a table has labels that name no block ("Job Title", "Series & Grade")
        holder = sections[index - 1].lines if index else preamble
        rest = section.lines[0].number == section.start_line if section.lines else False
        label = f"{section.heading}: {section.lines[0].text}" if rest else section.heading or ""
        holder.append(Line(text=label, number=section.start_line, page=section.page))
        holder.extend(section.lines[1:] if rest else section.lines)
        del sections[index]
        del short[index]


def _fold_into(preamble: list[Line], section: RawSection) -> None:
    preamble.append(Line(text=section.heading or "", number=section.start_line, page=section.page))
    preamble.extend(section.lines)


def _tight_markdown_heading(line: Line) -> Line:
    if line.heading_level is not None or not line.text.startswith("#"):
        return line
    match = _TIGHT_MD_HEADING.match(line.text)
    if match is None:
        return line
    return replace(line, text=match.group("inner").strip(), heading_level=len(match.group("hashes")))


def _is_banner(sections: list[RawSection]) -> bool:
    """The first heading names the document ("JOB DESCRIPTION") when only title-block lines follow it
    and a later heading opens the same kind of section."""
    if len(sections) < 2 or not sections[0].known or sections[0].key == "other":
        return False
    first = sections[0]
    if not any(section.key == first.key for section in sections[1:]):
        return False
    content = first.content()
    return len(content) <= MAX_BANNER_LINES and all(
        len(line.text) <= MAX_BANNER_CHARS and not line.text.rstrip().endswith(".") for line in content
    )


def _under_empty(heading: Heading, sections: list[RawSection]) -> bool:
    """An unknown heading straight under a known one that has no text yet is its sub-heading.

    "QUALIFICATIONS" then "Minimum Experience and Training Requirements:" is one block.
    """
    return not heading.known and bool(sections) and sections[-1].known and not sections[-1].content()


def _lead_in_under_empty(line: Line, heading: Heading, sections: list[RawSection]) -> bool:
    """A lead-in sentence straight under a heading with no text yet says what that block holds.

    "The Opportunity" then "In this role you will be responsible for:" and the duties: one duties
    block under the first heading, the lead-in its first line.
    """
    if not heading.known or heading.rest or not sections or not sections[-1].known or sections[-1].content():
        return False
    text = line.text.rstrip()
    return text.endswith(":") and len(text.split()) > MAX_LEAD_IN_HEADING_WORDS


def _repeated(heading: Heading, sections: list[RawSection]) -> bool:
    """An unknown heading already printed inside the current section is a table's header row repeated
    on a new page ("Percentages Description" over every page of a duty statement's duties table)."""
    if heading.known or not sections:
        return False
    wanted = heading.text.casefold()
    return any(line.text.strip().rstrip(":").casefold() == wanted for line in sections[-1].lines)


def _groups_items(lines: list[Line], index: int, heading: Heading, sections: list[RawSection]) -> bool:
    """An unknown heading over bullets inside a known block belongs to the block.

    Duty statements and postings group their duties under bold topic lines ("Litigation and Legal
    Representation", "Reporting and Documentation") with bullets before and after; a bold lead-in
    ending in ':' ("You will:") introduces the block's own list. The block goes on.
    """
    if heading.known or not sections or not sections[-1].known:
        return False
    if not list_follows(lines, index):
        return False
    if lines[index].text.rstrip().endswith(":"):
        return True  # "You will:", "You'll value:" lead into the block's own list
    if sections[-1].key not in LIST_BLOCKS:
        return False
    return any(line.list_item or LIST_MARKER.match(line.text) for line in sections[-1].lines)


def _nested(line: Line, heading: Heading, levels: list[int | None]) -> bool:
    """An unknown heading one level below the current section's is a sub-heading inside it.

    A Markdown "### Clinical Care & Diagnostics" under "## Essential Duties" groups duties; it does
    not end the duties section. A line only bold or in capitals under a heading the document styled as
    one (Word heading style, Markdown "#") is below it too: the UK civil-service competences
    ("SETTING DIRECTION", "Essential") under a "PERSON SPECIFICATION" heading.
    """
    if heading.known or not levels or levels[-1] is None:
        return False
    return line.heading_level is None or line.heading_level > levels[-1]


def _next_numbered_group(line: Line, sections: list[RawSection]) -> bool:
    """'8. Licensing Process Support' after '7. Inspections:' in the same block is its next numbered group.

    Postings number the groups of their duties ("1. Regulatory Oversight:" … "8. …"); a group whose
    words name another block ("Licensing") does not end the duties.
    """
    match = _GROUP_NUMBER.match(line.text)
    if match is None or not sections or not sections[-1].known:
        return False
    previous = f"{int(match.group('number')) - 1}."
    return any(other.text.lstrip().startswith(previous) for other in sections[-1].lines)


def _nested_lead_in(line: Line, heading: Heading, levels: list[int | None], sections: list[RawSection]) -> bool:
    """A lead-in sentence marked one level below a known block introduces that block's list.

    "#### We are seeking candidates with the following experience, skills and abilities:" under "###
    Preferred Qualifications" is the preferred list's lead-in, not a block of requirements of its own.
    """
    if not heading.known or not levels or levels[-1] is None or not sections or not sections[-1].known:
        return False
    if line.heading_level is None or line.heading_level <= levels[-1]:
        return False
    text = line.text.rstrip()
    return text.endswith(":") and len(text.split()) > MAX_LEAD_IN_HEADING_WORDS


def _cut_trailer(sections: list[RawSection]) -> list[Line]:
    """Lift revision stamps ("r: 6/23/09", "Revised 4/12/2006") off the end of the last section, and a
    last heading with nothing under it (a job board's "Required Question" label closing the page)."""
    if not sections:
        return []
    last_section = sections[-1]
    if (
        len(sections) > 1
        and not last_section.content()
        and last_section.start_line == last_section.end_line
        # "AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER" closing a bulletin is the statement itself.
        and last_section.key != "equal_opportunity"
    ):
        sections.pop()
        heading = Line(text=last_section.heading or "", number=last_section.start_line, page=last_section.page)
        return [*_cut_trailer(sections), heading, *last_section.lines]
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
    match = LABEL.match(text)
    return bool(match and len(match.group("label").split()) <= 6 and is_date_only(match.group("rest")))
