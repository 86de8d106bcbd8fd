"""List items: numbered or bulleted lines, one item per paragraph, or runs split at semicolons."""

from __future__ import annotations

import re

from ..paragraphs import LIST_MARKER, opens_with_marker
from ..text_cache import text_cache

# "Knowledge of:", "Ability to", "Skill in" lead a run of items that all share it.
LEADS = {
    "knowledge": re.compile(r"^(?:thorough |working |general |some |basic )?knowledge (?:of|in)\s*:?\s*", re.I),
    "skills": re.compile(r"^skills? (?:in|to|with|at)\s*:?\s*", re.I),
    "abilities": re.compile(r"^(?:the )?abilit(?:y|ies) to\s*:?\s*", re.I),
}
_INTRO = re.compile(r":\s*$")
_ITEM_JOIN = re.compile(r"\s*;\s*(?:and|or)?\s*$", re.I)
# A trailing paragraph this many times the typical item (and this long) is prose, not an item.
MIN_LIST_ITEMS = 4
PROSE_FACTOR = 8
PROSE_MIN_CHARS = 600


# Every requirement reader strips the marker of the paragraph it reads (31,618 calls for 7,054 texts in
# the LA bulletins): a pure function of the text, so cached.
@text_cache()
def strip_marker(text: str) -> str:
    return LIST_MARKER.sub("", text, count=1).strip()


def _item(text: str) -> str:
    """An item without its marker and without the "; and" that joined it to the next one."""
    text = strip_marker(text)
    # The joiner needs its ";": most items have none, and the pattern is tried at every space.
    return _ITEM_JOIN.sub("", text) if ";" in text else text


# ``bool(LIST_MARKER.match(text))``, remembered by text: the same callable, no function of its own around it.
has_marker = opens_with_marker


def items_from_paragraphs(paragraphs: list[str], item_flags: list[bool] | None = None) -> list[str]:
    """One item per marked paragraph when any are marked, else one per paragraph.

    Lead-in lines ending in a colon ("Duties may include, but are not limited to:") are not items.
    """
    marked = opens_with_marker  # has_marker, inline: asked of every paragraph of every section
    flags = item_flags or [marked(p) for p in paragraphs]
    if any(flags):
        return [item for p, flag in zip(paragraphs, flags, strict=True) if flag and (item := _item(p))]
    # ``_INTRO.search(p)``: a colon with only white space after it (``str.rstrip`` and the pattern's
    # ``\s`` strip the same characters), without trying the pattern at every colon of a long paragraph.
    return [p for p in paragraphs if p.rstrip()[-1:] != ":"]


def drop_trailing_prose(items: list[str]) -> list[str]:
    """Drop a long paragraph after a list of short items: text run on past an unmarked section end.

    A posting saved as text lists duties one per line, then its benefits summary follows with no
    heading; that summary is not one more duty.
    """
    if len(items) < MIN_LIST_ITEMS:
        return items
    typical = sorted(len(item) for item in items)[len(items) // 2]
    end = len(items)
    while end > MIN_LIST_ITEMS and len(items[end - 1]) > max(PROSE_MIN_CHARS, typical * PROSE_FACTOR):
        end -= 1
    return items[:end]


_JOINER = re.compile(r"^(?:and|or)\s+")
_RUN_TOKENS = re.compile(r"[;()\[\]]")


def split_run(text: str) -> list[str]:
    """Split 'a; b; and c.' at top-level semicolons, leaving parenthesised semicolons alone."""
    if "(" not in text and "[" not in text:
        pieces = text.split(";")
    else:
        pieces = []
        depth = 0
        start = 0
        for token in _RUN_TOKENS.finditer(text):
            char = token.group()
            if char in "([":
                depth += 1
            elif char in ")]":
                depth = max(depth - 1, 0)
            elif depth == 0:
                pieces.append(text[start : token.start()])
                start = token.end()
        pieces.append(text[start:])
    cleaned = [_without_joiner(piece.strip()).rstrip(" .;") for piece in pieces]
    return [piece for piece in cleaned if piece]


def _without_joiner(piece: str) -> str:
    # _JOINER is case-sensitive and anchored: only a piece opening with its words can lose them.
    return _JOINER.sub("", piece) if piece.startswith(("and", "or")) else piece


_ENDS_PUNCTUATED = re.compile(r"[.;:!?]\s*$")


def join_items(items: list[str]) -> str:
    """Items as one string with their printed punctuation: clauses split from "a; b; and c" rejoin
    with "; " (not "a b c"), items that end in their own full stop rejoin with a space."""
    parts = [item.strip() for item in items if item.strip()]
    joined = ""
    for index, part in enumerate(parts):
        if index:
            joined += " " if _ENDS_PUNCTUATED.search(parts[index - 1]) else "; "
        joined += part
    return joined


def competency_items(paragraphs: list[str], kind: str) -> list[str]:
    """Items of a knowledge, skills or abilities block, lead phrase removed from each."""
    lead = LEADS[kind]
    items: list[str] = []
    for paragraph in paragraphs:
        body = strip_marker(paragraph)
        if not body or normalised_is_heading(body, kind):
            continue
        body = lead.sub("", body, count=1)
        if ";" in body:
            items.extend(lead.sub("", piece, count=1) for piece in split_run(body))
        elif body:
            items.append(body.rstrip(" ."))
    return [item for item in items if item]


def normalised_is_heading(text: str, kind: str) -> bool:
    return text.strip().rstrip(":").lower() in {kind, kind.rstrip("s"), "ability", "skill", "knowledge"}


# "… emerging medical specialties. Ability to: Plan, organize …" — a second lead inside one paragraph
# (CalHR pages print "Knowledge of:" and "Ability to:" in one cell).
_EMBEDDED_LEAD = re.compile(r"(?<=[.;])\s+(?=(?:knowledge\s+of|abilit(?:y|ies)\s+to|skills?\s+in)\s*:)", re.I)
# "Knowledge of traffic safety; skill in the use of hand tools; ability to lead others": a run whose
# pieces each carry their own lead goes to three lists.
_RUN_LEAD = re.compile(
    r";\s*(?=(?:and\s+)?(?:thorough\s+|working\s+|general\s+|some\s+|basic\s+)?(?:knowledge\s+of|skills?\s+in|abilit(?:y|ies)\s+to)\b)",
    re.I,
)


_ANYWHERE_LEADS = {kind: re.compile(lead.pattern.lstrip("^"), re.I) for kind, lead in LEADS.items()}


def _mixed_leads(text: str) -> bool:
    return sum(1 for pattern in _ANYWHERE_LEADS.values() if pattern.search(text)) > 1


def split_competencies(paragraphs: list[str], default: str | None = None) -> dict[str, list[str]]:
    """Sort a 'Knowledge, Skills and Abilities' block into the three lists by lead phrase.

    ``default`` is the list for paragraphs before any lead (a section headed "Knowledge").
    """
    result: dict[str, list[str]] = {"knowledge": [], "skills": [], "abilities": []}
    current: str | None = default
    pieces = [
        re.sub(r"^and\s+", "", run.strip(), flags=re.I)
        for paragraph in paragraphs
        for piece in _EMBEDDED_LEAD.split(paragraph)
        for run in (_RUN_LEAD.split(piece) if _mixed_leads(piece) else [piece])
    ]
    for paragraph in pieces:
        body = strip_marker(paragraph)
        kind = next((k for k, lead in LEADS.items() if lead.match(body)), None)
        if kind is None and body.rstrip(":").strip().lower() in {
            "knowledge",
            "skills",
            "skill",
            "abilities",
            "ability",
        }:
            word = body.rstrip(":").strip().lower()
            current = "knowledge" if word == "knowledge" else "skills" if word.startswith("skill") else "abilities"
            continue
        kind = kind or current
        if kind is None:
            continue
        current = kind
        result[kind].extend(competency_items([paragraph], kind))
    return result
