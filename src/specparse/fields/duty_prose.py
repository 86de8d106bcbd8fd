"""Duties printed as prose: one item per paragraph, or one per task clause when the block runs tasks
together with semicolons ("plans …; reviews …; and does related work")."""

from __future__ import annotations

import re

from ..prechecks import may_contain
from .lists import split_run

_LEAD_IN = re.compile(r":\s*$")
# A one-per-line list: most of its lines are single tasks, so a stray semicolon inside one doesn't split it.
_RUN_SHARE = 0.5
# This many unmarked paragraphs are a one-per-line list, each line one duty even when it runs clauses
# with semicolons ("Directs the division; guides staff; …" line after line): prose duty blocks print a
# few paragraphs.
MIN_LINE_LIST = 5


def prose_items(paragraphs: list[str]) -> list[str]:
    """Unmarked paragraphs: one item each, or one per clause when the block runs tasks with semicolons."""
    # ``_LEAD_IN.search(p)`` told by str.rstrip (which strips what the pattern's ``\s`` matches), without
    # trying the pattern at every colon of a long paragraph.
    bodies = [p for p in paragraphs if p.rstrip()[-1:] != ":" and not _about_duties(p) and not _pointer(p)]
    runs = sum(1 for p in bodies if _is_run(p))
    split = runs > 0 and len(bodies) < MIN_LINE_LIST and (len(bodies) == 1 or runs / len(bodies) > _RUN_SHARE)
    items: list[str] = []
    for body in bodies:
        items.extend(_clauses(body) if split and _is_run(body) else [body.strip()])
    return [item for item in items if item]


# A sentence ends at ". " before a capital letter, unless the full stop ends an abbreviation.
# (the stop is matched, not looked behind for: the engine then jumps from one stop to the next; group 1
# is the spaces between the sentences)
_SENTENCE_END = re.compile(r"[.!?](\s+)(?=[A-Z])")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|inc|no|st|dr|mr|mrs|ms|jr|sr|vs|approx|dept|[A-Z])\.$", re.I)
# A sentence with a subject of its own describes the job, it is no task: "A Planning Assistant may
# have …", "This class is …", "Apprenticeships in … are available in some positions" (a subject of up
# to five words, then its verb "are"/"is"/"has"). Task clauses
# leave the subject out ("Performs other related duties as assigned.", "May also participate in …").
_OWN_SUBJECT = re.compile(
    r"^(?:(?:an?|the|this|these|those|such|each|every|some|most|all|it|he|she|they|incumbents?)\b"
    r"|(?:(?!(?:that|which|who|to|and|or)\b)[\w-]+\s+){1,5}(?:are|is|were|was|has|have)\b)",
    re.I,
)


def _clauses(paragraph: str) -> list[str]:
    """The task clauses of a run: each sentence split at its semicolons.

    "… sets deadlines; and prepares final design. Conducts meetings; maintains …": a new sentence
    starts a new task as a semicolon does, unless it describes the job (then it stays with the clause
    before it).
    """
    sentences: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(paragraph):
        sentence = paragraph[start : end.start(1)]
        following = paragraph[end.end(1) :]
        if not _ABBREVIATION.search(sentence) and not _OWN_SUBJECT.match(following):
            sentences.append(sentence)
            start = end.end(1)
    sentences.append(paragraph[start:])
    return [clause for sentence in sentences for clause in split_run(sentence)]


# "The following duties are normal for this position. The omission of specific statements …": a
# paragraph about the duties listed, not one of them.
_ABOUT_DUTIES = re.compile(
    r"^\W*(?:the\s+following\s+(?:duties|tasks|functions|examples|statements)|examples\s+of\s+(?:duties|tasks))\b"
    r"|\b(?:does\s+not\s+exclude|not\s+(?:all[- ])?inclusive|illustrative\s+only|not\s+intended\s+to\s+be\s+(?:all|an?\s+exhaustive))\b",
    re.I,
)


# "For a more detailed listing of duties, please view the job description.", "(Download PDF reader)":
# a pointer to another document left by a web page, no duty.
_POINTER = re.compile(r"\bplease\s+(?:view|see|refer\s+to|click|visit)\b|\bclick\s+(?:here|on)\b|^\W*download\b", re.I)


# Words one of which every match of _ABOUT_DUTIES, of _POINTER holds: most duty paragraphs have none,
# and both case-blind patterns are tried at every word.
_ABOUT_DUTIES_WORDS = ("following", "examples", "exclude", "inclusive", "illustrative", "intended")
_POINTER_WORDS = ("please", "click", "download")


def _about_duties(paragraph: str) -> bool:
    return may_contain(paragraph, _ABOUT_DUTIES_WORDS) and bool(_ABOUT_DUTIES.search(paragraph))


def _pointer(paragraph: str) -> bool:
    return may_contain(paragraph, _POINTER_WORDS) and bool(_POINTER.search(paragraph))


def _is_run(paragraph: str) -> bool:
    # split_run parts a text only at its semicolons: without one it is a single piece.
    return ";" in paragraph and len(split_run(paragraph)) > 1
