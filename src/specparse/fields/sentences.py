"""A requirement paragraph cut into sentences, as every requirement reader reads it."""

from __future__ import annotations

import re

from ..text_cache import text_cache

# A sentence ends at the spaces after "." or ";" before a capital or "(". One pattern per stop, each
# starting with its literal character: the regex engine then jumps from one stop to the next, where a
# look-behind for either stop was tried at every position of every paragraph.
_AFTER_FULL_STOP = re.compile(r"\.(\s+)(?=[A-Z(])")
_AFTER_SEMICOLON = re.compile(r";(\s+)(?=[A-Z(])")


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


# The requirement readers (alternatives, the Education paragraphs, the stated facts) read the same
# paragraphs and sentences again, about three times each; the splitting is cached.
@text_cache(4096)
def _sentences(text: str) -> tuple[str, ...]:
    breaks = [match.span(1) for match in _AFTER_FULL_STOP.finditer(text)]
    if ";" in text:
        breaks += [match.span(1) for match in _AFTER_SEMICOLON.finditer(text)]
        breaks.sort()
    if not breaks:  # one sentence (most requirement paragraphs and notes): nothing to cut
        sentence = text.strip()
        return (sentence,) if sentence else ()
    pieces: list[str] = []
    start = 0
    for end, after in breaks:
        pieces.append(text[start:end])
        start = after
    pieces.append(text[start:])
    return tuple(sentence for piece in pieces if (sentence := piece.strip()))
