"""Passes over the split once its headings are found: pay fields become salary sections, a table of
label/value headings folds back into fields, revision stamps and an empty last heading become back matter."""

from __future__ import annotations

from ..dates import is_date_only
from ..lines import Line
from ..paragraphs import opens_with_marker
from ..vocab import Vocabulary
from .body_fields import FIELD_PRONE_KEYS, MIN_FIELD_TABLE_ROWS, holds_one_short_value
from .headings import LABEL
from .pay_fields import FIELD_LIST_REACH, is_field, pay_field, table_pay_field
from .raw_sections import RawSection


def with_pay_fields(
    preamble: list[Line], sections: list[RawSection], fields: list[Line], vocab: Vocabulary
) -> tuple[list[RawSection], list[Line]]:
    """Each labelled pay line of the title block or a field list becomes a salary section of its own.

    The strict labels count "Salary(s): PM3 $74,839.00 - $96,438.00 per year" under a bulletin's title,
    "Salary: $130,000.00 Annually" in a posting's field list, "• Salary (Annual): $73,476 to
    $107,469" among bulleted details and a header table's "SALARY RANGE | $6,012 - $7,308 Monthly" row as
    a salary block. The line stays a header field (``fields``) for
    the salary parser and the header readers; it leaves the front matter (returned, to be read there
    in place) or the block it stood in.
    """
    in_fields = {id(line) for line in fields}
    found: list[RawSection] = []
    front_pay: list[Line] = []
    for holder in [preamble, *(section.lines for section in sections if section.key != "salary")]:
        for position in range(len(holder) - 1, -1, -1):
            line = holder[position]
            text = line.text
            if not text or ("$" not in text and "£" not in text and "€" not in text):
                continue  # both readers below find pay only beside a currency sign (most lines have none)
            if ":" not in line.text:
                # Most lines: a pay field is "Label: value", but for a header table's row in the title block.
                pay = table_pay_field(line.text, vocab) if holder is preamble and "$" in line.text else None
            else:
                listed = holder is preamble or id(line) in in_fields or line.list_item or opens_with_marker(line.text)
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


def fold_field_tables(preamble: list[Line], sections: list[RawSection]) -> None:
    """Label headings over one short value each, several in a row and some naming no block, are a table
    of fields.

    US federal postings print "Supervisory status" / "No", "Work Schedule" / "Full time" as bold label
    over value: such a "supervision" or "working conditions" block is one value of the posting, so it
    goes back into the block before it.
    """
    short = [holds_one_short_value(section.lines) for section in sections]
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


def cut_trailer(sections: list[RawSection]) -> list[Line]:
    """Lift revision stamps ("r: 6/23/09", "Revised 4/12/2006") off the end of the last section, and a
    last heading with nothing under it (a job board's "Required Question" label closing the page)."""
    if not sections:
        return []
    last_section = sections[-1]
    if (
        len(sections) > 1
        and not last_section.has_content()
        and last_section.start_line == last_section.end_line
        # "AN EQUAL EMPLOYMENT OPPORTUNITY EMPLOYER" closing a bulletin is the statement itself.
        and last_section.key != "equal_opportunity"
    ):
        sections.pop()
        heading = Line(text=last_section.heading or "", number=last_section.start_line, page=last_section.page)
        return [*cut_trailer(sections), heading, *last_section.lines]
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
