"""Which sections together are one duties block (a duty table continuing past headings it repeats)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .fields import duties as duty_fields
from .fields import duty_lead_ins as lead_ins
from .fields import lists
from .sections import RawSection


def duty_chains(sections: list[RawSection], paras: Callable[[RawSection], list[str]]) -> list[list[RawSection]]:
    """Runs of sections that each are one duties block: a duties section and those continuing it.

    A duties section continues through the next one when that one's heading is a duty table's column
    header repeated on a new page ("% Description", "Percentages Description"), or an unknown heading
    that is really a group of the duties: a numbered group ("2. Complaint Investigation", "Key objective
    #2") or any unknown heading inside a percentage-of-time layout (group sub-titles, a group title's wrapped second line).
    Each duties heading ("Essential Functions", then "Marginal Functions") opens a block of its own;
    headings weighting groups of duties ("Program Support (20%)") open one or go on with the one before.
    """
    chains: list[list[RawSection]] = []
    current: list[RawSection] | None = None
    weighted = False
    for raw in sections:
        heading = raw.heading or ""
        weighted_heading = "%" in heading and _WEIGHTED_HEADING.search(heading) is not None  # needs its "%"
        if current is not None and weighted_heading and _has_items(paras(raw)):
            current.append(raw)  # "TTS Program Support (20%)" after the group before it
            weighted = True
        elif (
            raw.key == "duties"
            or (
                # A page whose "Essential Functions" heading was lost still prints the table's column header.
                current is None and duty_fields.is_column_header(heading) and _weighted(paras(raw))
            )
            # "Product/Design Expertise (40%)" over bullets: a heading weighting a group of duties.
            or (weighted_heading and _has_items(paras(raw)))
            # "The role will involve:", "As part of the team, you will:" over a list opens the duties,
            # whatever block the heading's words were taken to name.
            or (lead_ins.LEAD_IN_HEADING.match(heading) and _has_items(paras(raw)))
        ):
            current = [raw]
            chains.append(current)
            weighted = _weighted(paras(raw))
        elif current is not None and (
            duty_fields.is_column_header(heading)
            or (
                (not raw.known or raw.key == "other")
                and (weighted or _NUMBERED_HEADING.match(heading) or _GROUP_NUMBER.search(heading))
                and _has_items(paras(raw))
            )
            or (
                _number(heading) is not None
                and _next_number(current, paras) == _number(heading)
                and _has_items(paras(raw))
            )
        ):
            current.append(raw)
            weighted = weighted or _weighted(paras(raw))
        else:
            current = None
            weighted = False
    return chains


# "Key objective #2: Grow the team", "Objective 3", "Area #4": a heading numbering a group of the duties.
_GROUP_NUMBER = re.compile(
    r"(?:#\s*|\b(?:objective|goal|area|part|group|focus|priority|outcome)\s+#?\s*)\d{1,2}\b", re.I
)
# "Design Expertise (40%)", "40% Program Support": a heading carrying its group's share of time.
_WEIGHTED_HEADING = re.compile(r"\(\s*\d{1,3}\s*%\s*\)\s*:?\s*$|^\s*\d{1,3}\s*%\s+\S")
# "2. Complaint Investigation": a numbered heading after "1. Regulatory Oversight:" inside the duties.
_NUMBERED_HEADING = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+\S")


def _number(text: str) -> int | None:
    match = _NUMBERED_HEADING.match(text)
    return int(match.group("number")) if match else None


def _next_number(chain: list[RawSection], paras: Callable[[RawSection], list[str]]) -> int | None:
    """The number the next group title of a numbered duties list would carry ("7. Incident Review:" → 8).

    "8. Licensing Process Support" after group 7 of the duties is group 8, even when its words would
    name another block (a licences section) as a heading of its own.
    """
    numbers = [
        number for raw in chain for text in [raw.heading or "", *paras(raw)] if (number := _number(text)) is not None
    ]
    return numbers[-1] + 1 if numbers else None


def _weighted(paras: list[str]) -> bool:
    """True when a paragraph opens with a share of time: a percentage-of-time layout. Asked only of the
    sections a chain starts or goes on with (the rest of a document's sections never needed it)."""
    return any(duty_fields.percent_share(p) for p in paras)


def _has_items(paras: list[str]) -> bool:
    return any(lists.has_marker(p) or duty_fields.percent_share(p) for p in paras)


def record_duties(
    chains: list[list[RawSection]],
    sections: list[RawSection],
    paras: Callable[[RawSection], list[str]],
    chain_items: Callable[[list[RawSection]], list[str]],
    preamble: list[str],
) -> list[str]:
    """The record's duty statements.

    A chain of sections is one duties block: a percentage group's bullets may sit under the next
    (mistaken) heading, so its items are read over the chain's paragraphs together (``chain_items``). A
    document with
    no duties heading gives the block under an unknown heading naming the duties ("MAIN
    RESPONSIBILITIES"), else the list a lead-in line opens ("Main responsibilities of the post are:").
    """
    if chains:
        return [
            item
            for index, chain in enumerate(chains)
            if not _introduces(chain, chains[index + 1 :], sections)
            for item in chain_items(chain)
        ]
    return lead_ins.duties_under_heading(
        [(raw.heading, paras(raw)) for raw in sections if not raw.known]
    ) or lead_ins.duties_after_lead_in([(False, preamble), *((not raw.known, paras(raw)) for raw in sections)])


def _introduces(chain: list[RawSection], later: list[list[RawSection]], sections: list[RawSection]) -> bool:
    """True when the next duties section is a lead-in taken for a heading that opens the list.

    "Responsibilities" over a paragraph about the role, then "Responsibilities include" (or "The main
    responsibilities of the post are") over the list: the first block introduces the duties, the list
    under the lead-in holds them. Only blocks under unknown headings ("In the last year we have") may
    stand between the two.
    """
    if not later or not lead_ins.LEAD_IN_HEADING.match(later[0][0].heading or ""):
        return False
    following = later[0][0]
    start = next((i for i, raw in enumerate(sections) if raw is chain[-1]), None)
    if start is None:
        return False
    for raw in sections[start + 1 :]:
        if raw is following:
            return True
        if raw.known and raw.key != "other":
            return False
    return False
