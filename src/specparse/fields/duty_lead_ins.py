"""Duties with no duties heading of their own: under a heading the vocabulary does not know ("MAIN
RESPONSIBILITIES"), or after a lead-in line ("As the Supervisor, you will:", "The role will involve:")."""

from __future__ import annotations

import re

from .duties import FINISHED, GROUP_TITLE_WORDS, LEAD_IN, continues_item, duty_items
from .lists import has_marker, strip_marker

# "Main responsibilities of the post are:", "Principal Duties and Responsibilities:", "Key
# accountabilities include:": a line that opens the duties list where no heading does.
_YOU_WILL = (
    # "You will:", "As a Senior Developer, you will:", "As part of the team, you will:", "In this role you
    # will be responsible for:"; "The role will involve:", "This position includes:"
    r"(?:^\W*(?:(?:(?:(?:as|in)\s+(?:an?|the|part\s+of)\s+[^,:]{1,60},)|in\s+this\s+(?:role|position),?)\s*)?you\s+will"
    r"(?:\s+be\s+(?:responsible\s+for|expected\s+to))?"
    r"|^\W*(?:the|this)\s+(?:role|position|job)\s+(?:will\s+)?(?:involves?|includes?)"
    # "What you will typically be responsible for:", "What you'll do:"
    r"|^\W*what\s+you(?:'ll|\s+will)\s+(?:typically\s+|usually\s+)?(?:be\s+responsible\s+for|do))"
)
_DUTIES_OF = (
    r"^\W*(?:the\s+)?(?:(?:main|key|principal|primary|essential|major|typical|core)\s+)?(?:job\s+)?"
    r"(?:duties|responsibilities|accountabilities|tasks)(?:\s+(?:and|&)\s+(?:duties|responsibilities|tasks))?"
    r"(?:\s+(?:of|for|in)\s+(?:the|this)\s+(?:post|position|role|job))?"
)
DUTY_LEAD_IN = re.compile(
    rf"{_YOU_WILL}\s*:\s*$|{_DUTIES_OF}(?:\s+(?:are|include|includes|will\s+include|will\s+be))?"
    r"(?:\s+(?:to|the\s+following))?\s*:\s*$",
    re.I,
)
# "Responsibilities include", "The main responsibilities of the post are": a lead-in line taken for a
# heading (it has a verb: it opens the list below, it does not name a block).
LEAD_IN_HEADING = re.compile(
    rf"(?:{_YOU_WILL}|{_DUTIES_OF}\s+(?:are|include|includes|will\s+include|will\s+be)(?:\s+(?:to|the\s+following))?)"
    r"\s*:?\s*$",
    re.I,
)
# "MAIN RESPONSIBILITIES", "Main Duties", "Essential Job Duties" over the block: a heading the
# vocabulary may not know, naming the duties; "A Day in the Life", "Day-to-Day", "Things you might do
# on a given day" name the daily work.
DUTY_HEADING = re.compile(
    rf"{_DUTIES_OF}\s*:?\s*$|^.*?\b(?:a\s+day\s+in\s+the\s+life|day[- ]to[- ]day|(?:typical|given|average|normal)\s+day)\b",
    re.I,
)


def duties_under_heading(blocks: list[tuple[str | None, list[str]]]) -> list[str]:
    """The items of the first block whose (unknown) heading names the duties, for a document that has
    no duties section."""
    for heading, paragraphs in blocks:
        if heading and DUTY_HEADING.match(heading) and paragraphs:
            return duty_items(paragraphs)
    return []


def duties_after_lead_in(blocks: list[tuple[bool, list[str]]]) -> list[str]:
    """The list a duties lead-in line opens, for a document whose duties have no heading of their own.

    ``blocks`` are (unknown heading?, paragraphs) for each block in document order (the front matter,
    each section). The list runs from the line after the first lead-in while its paragraphs are list
    items (or a wrapped item's rest), on through blocks under unknown headings (group sub-titles such as
    "WEB DEVELOPMENT"); any other paragraph, or a known heading, ends it.
    """
    for index, (_, paragraphs) in enumerate(blocks):
        start = next((i for i, p in enumerate(paragraphs) if _opens_duties(p, paragraphs[i + 1 : i + 2])), None)
        if start is None:
            continue
        run = _list_after(paragraphs, start)
        ended = len(run) < len(paragraphs) - start - 1
        # "As the Supervisor, you will:" … then "What you will typically be responsible for:" further on:
        # each duty lead-in of the block opens a list of its own.
        position = start + len(run) + 1
        while ended:
            following = next((i for i in range(position, len(paragraphs)) if DUTY_LEAD_IN.match(paragraphs[i])), None)
            if following is None:
                break
            more_items = _list_after(paragraphs, following)
            run += more_items
            position = following + len(more_items) + 1
            ended = position < len(paragraphs)
        for unknown, more in blocks[index + 1 :]:
            if ended or not unknown or not more:
                break
            tail = _list_after(more, -1)
            run += tail
            ended = len(tail) < len(more)
        return duty_items(run) if run else []
    return []


def _opens_duties(paragraph: str, following: list[str]) -> bool:
    """A lead-in line, or a line naming the duties ("Main Duties", "A Day in the Life") right above a
    list item: a heading that was not cut as one."""
    return bool(DUTY_LEAD_IN.match(paragraph)) or (
        bool(following) and has_marker(following[0]) and bool(DUTY_HEADING.match(paragraph))
    )


def _list_after(paragraphs: list[str], start: int) -> list[str]:
    """The list items right after ``paragraphs[start]`` (a wrapped item's rest kept with it)."""
    run: list[str] = []
    rest = paragraphs[start + 1 :]
    marked = False
    for index, paragraph in enumerate(rest):
        if has_marker(paragraph) or (run and continues_item(strip_marker(run[-1]), paragraph)):
            run.append(paragraph)
            marked = marked or has_marker(paragraph)
        elif _titles_group(paragraph, rest[index + 1 : index + 2]):
            run.append(paragraph)  # "Software and SaaS Renewals" over its bullets: kept, never an item
        elif not marked and _line_item(paragraph):
            run.append(paragraph)  # a list whose bullets were lost in a copy to plain text
        else:
            break
    return run


# An unmarked line of a list: one short statement, not a lead-in to the next list.
MAX_LINE_ITEM_WORDS = 25


def _line_item(paragraph: str) -> bool:
    text = paragraph.strip()
    return bool(text) and text[0].isupper() and len(text.split()) <= MAX_LINE_ITEM_WORDS and not LEAD_IN.search(text)


def _titles_group(paragraph: str, following: list[str]) -> bool:
    """A short unpunctuated line right above a list item names the group of items below it."""
    text = paragraph.strip()
    return (
        bool(following)
        and has_marker(following[0])
        and len(text.split()) <= GROUP_TITLE_WORDS + 2
        and not FINISHED.search(text)
        and not _ANOTHER_BLOCK.search(text)
    )


# "What you bring to the team", "About us", "Why join": a heading of another block, not a group title.
_ANOTHER_BLOCK = re.compile(r"^\W*(?:what|why|who|how|about|where|when)\b|\b(?:you|your|we|our|us)\b", re.I)
