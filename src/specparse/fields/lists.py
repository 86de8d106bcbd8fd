"""List items: numbered or bulleted lines, one item per paragraph, or runs split at semicolons."""

from __future__ import annotations

import re

from ..paragraphs import LIST_MARKER

# "Knowledge of:", "Ability to", "Skill in" lead a run of items that all share it.
LEADS = {
    "knowledge": re.compile(r"^(?:thorough |working |general |some |basic )?knowledge (?:of|in)\s*:?\s*", re.I),
    "skills": re.compile(r"^skills? (?:in|to|with|at)\s*:?\s*", re.I),
    "abilities": re.compile(r"^(?:the )?abilit(?:y|ies) to\s*:?\s*", re.I),
}
_INTRO = re.compile(r":\s*$")


def strip_marker(text: str) -> str:
    return LIST_MARKER.sub("", text, count=1).strip()


def has_marker(text: str) -> bool:
    return bool(LIST_MARKER.match(text))


def items_from_paragraphs(paragraphs: list[str], item_flags: list[bool] | None = None) -> list[str]:
    """One item per marked paragraph when any are marked, else one per paragraph.

    Lead-in lines ending in a colon ("Duties may include, but are not limited to:") are not items.
    """
    flags = item_flags or [has_marker(p) for p in paragraphs]
    if any(flags):
        return [strip_marker(p) for p, flag in zip(paragraphs, flags, strict=True) if flag and strip_marker(p)]
    return [p for p in paragraphs if not _INTRO.search(p)]


def split_run(text: str) -> list[str]:
    """Split 'a; b; and c.' at top-level semicolons, leaving parenthesised semicolons alone."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for position, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif char == ";" and depth == 0:
            pieces.append(text[start:position])
            start = position + 1
    pieces.append(text[start:])
    cleaned = [re.sub(r"^(?:and|or)\s+", "", piece.strip()).rstrip(" .;") for piece in pieces]
    return [piece for piece in cleaned if piece]


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


def split_competencies(paragraphs: list[str]) -> dict[str, list[str]]:
    """Sort a combined 'Knowledge, Skills and Abilities' block into the three lists by lead phrase."""
    result: dict[str, list[str]] = {"knowledge": [], "skills": [], "abilities": []}
    current: str | None = None
    for paragraph in paragraphs:
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
