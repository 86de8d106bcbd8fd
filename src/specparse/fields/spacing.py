"""White space run together as one space, as ``re.sub(r"\\s+", " ", text)`` does it, without the pattern
where there is nothing to change.

The requirement readers tidy every field, class title and licence name they cut out this way, and
nearly all of them are already printed with single spaces; the substitution still tried its pattern
at every position and built a new string.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def single_spaced(text: str) -> str:
    """``_SPACES.sub(" ", text)``.

    A text holding no two spaces in a row and no character ``str.isprintable`` refuses has no white
    space but single ASCII spaces (every other white space character, "\\t" or "\\u00a0" alike, is a
    separator or control character, which are not printable), so the substitution would give it back
    unchanged.
    """
    if "  " not in text and text.isprintable():
        return text
    return _SPACES.sub(" ", text)
