"""Table rows shared by the paragraph readers: when a two-cell row is a heading beside its section's text.

Many class specs lay out every section as a table row: the heading ("DEFINITION", "Minimum
Qualifications:") in a narrow left cell, the section's paragraphs in the right cell. Joined into one
"HEADING  text" line the heading is lost to the section splitter, so such a row is read as the heading
line followed by the right cell's paragraphs. A label beside a short value ("CLASS CODE | 1516",
"SALARY RANGE | $6,012 - $7,308 Monthly") stays one row: the header parser reads it as "label value".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

HEADING_MAX_WORDS = 6  # "EXAMPLES OF ESSENTIAL DUTIES AND RESPONSIBILITIES" is about the longest heading
HEADING_MAX_CHARS = 60
PROSE_MIN_WORDS = 8  # a right cell of a sentence or more is a section's text, not a header value

_SENTENCE_END = re.compile(r"[.;:!?)]\s*$")


def heading_beside_prose(left: str, left_bold: bool, right: Sequence[str]) -> bool:
    """True when ``left`` (one cell paragraph) reads as a heading and ``right`` (cell paragraphs) as prose."""
    label = left.strip()
    words = label.rstrip(":").split()
    if not words or len(words) > HEADING_MAX_WORDS or len(label) > HEADING_MAX_CHARS:
        return False
    if label.endswith(".") or not any(char.isalpha() for char in label):
        return False
    letters = [char for char in label if char.isalpha()]
    if not (left_bold or label.endswith(":") or all(char.isupper() for char in letters)):
        return False
    texts = [text.strip() for text in right if text.strip()]
    if len(texts) > 1:
        return True
    return bool(texts) and len(texts[0].split()) >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(texts[0]))
