"""Lines in capitals: whether a line is all capitals, and whether two capitals lines are one sentence."""

from __future__ import annotations

from ..lines import Line
from ..vocab import Vocabulary

# Words that join a sentence across a line break: a capitals line ending with one runs on into the next.
_JOINING_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "on", "to", "in", "for", "by", "with", "both", "only", "at", "as", "is", "be"}
)


def caps_statement(lines: list[Line], index: int, vocab: Vocabulary) -> bool:
    """Two capitals lines that read as one sentence are a statement, not a heading.

    "THIS EXAMINATION IS TO BE GIVEN ONLY" over "ON AN INTERDEPARTMENTAL PROMOTIONAL BASIS" (Los Angeles
    bulletins): the first ends in, or the second begins with, a word that joins a sentence, and the two
    together name no block ("KNOWLEDGE, SKILLS" over "AND ABILITIES" does).
    """
    text = lines[index].text.strip()
    before = lines[index - 1].text.strip() if index > 0 else ""
    after = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    if after and _runs_into(text, after) and is_caps(after):
        return _no_block(text, after, vocab)
    if before and _runs_into(before, text) and is_caps(before):
        return _no_block(before, text, vocab)
    return False


def _no_block(first: str, second: str, vocab: Vocabulary) -> bool:
    # "SELECTION PROCESS" over "THE EXAMINATION WILL …" is a heading over a capitals sentence.
    first, second = first.rstrip(":"), second.rstrip(":")
    return vocab.sure(first) is None and vocab.sure(f"{first} {second}") is None


def _runs_into(first: str, second: str) -> bool:
    last = first.rsplit(None, 1)[-1].lower()
    opening = second.split(None, 1)[0].lower()
    return last in _JOINING_WORDS or (opening in _JOINING_WORDS and opening not in {"and", "or", "&"})


def is_caps(text: str) -> bool:
    if not text.isupper():  # the C check first: most lines have a lower-case letter early
        return False
    if text.isascii():  # every ASCII letter has a case, so isupper() already said they all are capitals
        # Three letters first (most capitals lines open with a word) spare counting them all.
        return (len(text) >= 3 and text[:3].isalpha()) or sum(map(str.isalpha, text)) >= 3
    letters = list(filter(str.isalpha, text))  # letters without case (CJK) are not capitals
    return len(letters) >= 3 and all(map(str.isupper, letters))
