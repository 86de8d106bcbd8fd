"""Typo-tolerant matching of a heading against the aliases ("MIMINUMUM QUALIFICATION", "SELELCTION PROCESS")."""

from __future__ import annotations

import difflib

FUZZY_MIN_RATIO = 0.88
FUZZY_MIN_WORD = 5
FUZZY_MAX_EDITS = 3


def signature(norm: str) -> tuple[tuple[str, str], ...]:
    # First and last letter only: a swap of two letters near the end ("ESSENTAIL") changes the ending.
    return tuple((word[0], word[-1]) for word in norm.split())


def _swapped(word: str, alias_word: str) -> bool:
    """``word`` is ``alias_word`` with two neighbouring letters typed in the wrong order."""
    if len(word) != len(alias_word):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, alias_word, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == alias_word[diff[1]]
        and word[diff[1]] == alias_word[diff[0]]
    )


def fuzzy(norm: str, candidates: dict[str, str]) -> str | None:
    if not candidates:
        return None
    words = norm.split()
    for match in difflib.get_close_matches(norm, candidates, n=3, cutoff=FUZZY_MIN_RATIO):
        if len(match.split()) == len(words) and all(map(_typo_of, words, match.split())):
            return candidates[match]
    return None


def _typo_of(word: str, alias_word: str) -> bool:
    """A misspelt word keeps its first letter and its ending ("MIMINUMUM", "SELELCTION", "ESSENTAIL").

    A different word of the same stem does not: "INVESTIGATOR" (a title) is not "investigation".
    """
    if word == alias_word:
        return True
    return (
        len(word) >= FUZZY_MIN_WORD
        and word[0] == alias_word[0]
        and (word[-2:] == alias_word[-2:] or _swapped(word, alias_word))
        and _distance(word, alias_word) <= FUZZY_MAX_EDITS
    )


def _distance(left: str, right: str) -> int:
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i]
        for j, b in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]
