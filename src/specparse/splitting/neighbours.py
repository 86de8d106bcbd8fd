"""A line's neighbours in the document: the nearest non-blank line before or after it."""

from __future__ import annotations

from ..lines import Line
from ..paragraphs import opens_with_marker

__all__ = ["list_follows", "next_text", "previous_text"]


def list_follows(lines: list[Line], index: int) -> bool:
    """The next non-blank line after ``index`` is a list item."""
    for position in range(index + 1, len(lines)):  # no slice: a copy of the rest of the document per line
        following = lines[position]
        if following.text.strip():
            return following.list_item or opens_with_marker(following.text)
    return False


def next_text(lines: list[Line], index: int) -> str:
    """The nearest non-blank line after ``index``, stripped ("" at the end)."""
    for position in range(index + 1, len(lines)):
        text = lines[position].text.strip()
        if text:
            return text
    return ""


def previous_text(lines: list[Line], index: int) -> str:
    """The nearest non-blank line before ``index``, stripped ("" at the start)."""
    for position in range(index - 1, -1, -1):
        text = lines[position].text.strip()
        if text:
            return text
    return ""
