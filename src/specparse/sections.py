"""Split cleaned body lines into sections at headings, keeping each section's lines and span."""

from __future__ import annotations

import re
from dataclasses import replace

from .lines import Line
from .paragraphs import opens_with_marker
from .splitting.body_fields import (
    FIELD_PRONE_KEYS,
    field_list_length,
    field_list_starts,
    header_field,
    labelled_value,
    value_follows,
)
from .splitting.headings import MAX_HEADING_CHARS, MAX_MARKED_HEADING_CHARS, Heading, heading_at, may_head
from .splitting.neighbours import list_follows
from .splitting.raw_sections import RawSection, Split
from .splitting.split_passes import cut_trailer, fold_field_tables, with_pay_fields
from .vocab import Vocabulary

__all__ = ["RawSection", "Split", "split_sections"]

# Blocks that are lists of statements: a topic line between their bullets groups them, it does not
# end the block.
LIST_BLOCKS = frozenset({"duties", "knowledge_skills_abilities", "knowledge", "skills", "abilities"})
# A line this short may head a section whether marked as a heading or not (may_head says so of it).
MAX_SHORT_LINE_CHARS = min(MAX_HEADING_CHARS, MAX_MARKED_HEADING_CHARS)
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


def split_sections(lines: list[Line], vocab: Vocabulary) -> Split:
    """Cut the body at headings; unknown headings after the first known one open 'other' sections."""
    preamble: list[Line] = []
    sections: list[RawSection] = []
    fields: list[Line] = []
    levels: list[int | None] = []  # heading level of each section's heading
    # Only a line starting with "#" and not marked a heading already can be one (tested inline: every line).
    lines = [
        _tight_markdown_heading(line) if line.text.startswith("#") and line.heading_level is None else line
        for line in lines
    ]
    starts = field_list_starts(lines)
    holder = preamble  # where the next line goes: the preamble, then the last section's lines
    index = 0
    while index < len(lines):
        line = lines[index]
        run = field_list_length(lines, index, vocab) if starts[index] else 0
        if run:
            block = lines[index : index + run]
            fields.extend(block)
            holder.extend(block)
            index += run
            continue
        # A blank line (a third of most documents, tested inline) or a long one of prose: kept, without
        # the heading tests. A short line may always head (may_head's own first answer, inline; a blank
        # one of spaces alone, which numbered lines never are, heading_at turns down the same).
        text = line.text
        if not text or (len(text) > MAX_SHORT_LINE_CHARS and not may_head(line)):
            holder.append(line)
            index += 1
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
        # Each test below asks only of a known heading or only of an unknown one (its own first test, read
        # here once instead of in every function called): most headings found are known.
        if heading is None:
            pass
        elif not heading.known:
            if _under_empty(heading, sections):
                sections[-1].subheaded = True
                heading = None
            elif (
                _nested(line, heading, levels)
                or _repeated(heading, sections)
                or _groups_items(lines, index, heading, sections)
                or _next_numbered_group(line, sections)
                or (bool(sections) and sections[-1].subheaded)
            ):
                heading = None
        elif _lead_in_under_empty(line, heading, sections) and not _nested_lead_in(line, heading, levels, sections):
            sections[-1].key = heading.key  # "The Opportunity" over "In this role you will …:" is duties
            heading = None
        elif _nested_lead_in(line, heading, levels, sections) or _next_numbered_group(line, sections):
            heading = None
        # header_field reads only a salary heading, labelled_value only a field-prone one (their own first tests).
        if heading is not None and (
            (not sections and heading.key == "salary" and header_field(lines, index, heading))
            or (heading.key in FIELD_PRONE_KEYS and labelled_value(lines, index, heading))
            or (not heading.rest and value_follows(lines, index))
        ):
            fields.append(line)
            heading = None
        if heading is None:
            holder.append(line)
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
        holder = section.lines
        index += heading.consumed
    if _is_banner(sections):
        # "JOB DESCRIPTION" over the title, then "DEFINITION": the first was the document's kind.
        _fold_into(preamble, sections.pop(0))
        # Unknown and employer headings after it ("Classification", "Office/Department" of a duty
        # statement's form) were taken for sections only because the banner looked like a known heading.
        while sections and sections[0].key == "other":
            _fold_into(preamble, sections.pop(0))
    fold_field_tables(preamble, sections)
    trailer = cut_trailer(sections)
    sections, front_pay = with_pay_fields(preamble, sections, fields, vocab)
    for section in sections:
        # The last numbered line with text: found from the end, not by collecting every line's number.
        for line in reversed(section.lines):
            if line.text and line.number:
                section.end_line = max(section.end_line, line.number)
                break
    return Split(preamble=preamble, sections=sections, trailer=trailer, fields=fields, front_pay=front_pay)


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
    return not heading.known and bool(sections) and sections[-1].known and not sections[-1].has_content()


def _lead_in_under_empty(line: Line, heading: Heading, sections: list[RawSection]) -> bool:
    """A lead-in sentence straight under a heading with no text yet says what that block holds.

    "The Opportunity" then "In this role you will be responsible for:" and the duties: one duties
    block under the first heading, the lead-in its first line.
    """
    if not heading.known or heading.rest or not sections or not sections[-1].known or sections[-1].has_content():
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
    return any(line.list_item or opens_with_marker(line.text) for line in sections[-1].lines)


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
