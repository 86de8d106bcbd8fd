"""The requirement readers' fast paths give what the plain patterns give.

Several readers skip or narrow a costly pattern (a literal-led pattern on lower-cased text, one pattern
per sentence stop, a cheap word test first). Each test here compares the fast path with the plain
pattern it stands for, on wording we wrote for the edge cases (letter case, word boundaries, stray
whitespace, non-ASCII letters).
"""

from __future__ import annotations

import re

import pytest

from specparse.fields import exam, requirements

# The plain sentence split the fast one replaces.
_PLAIN_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")

SENTENCE_TEXTS = [
    "",
    "   ",
    "One sentence without a stop",
    "Two years of experience. A degree may substitute; Or not.",
    "Ends with a stop. ",
    "Stops before lower case. then more; and more.",
    "Tabs\tand newlines.\n\nNew paragraph; (a bracket) follows.  \tX",
    "Several stops.; Mixed. ;Here",
    "A. B. C.",
    "Non-breaking.\u00a0After it. Ünïcode; Éclair",
    ";Leading semicolon. .Leading stop",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentences_split_as_the_plain_pattern(text: str) -> None:
    plain = [piece.strip() for piece in _PLAIN_SENTENCE.split(text) if piece.strip()]
    assert requirements.sentences(text) == plain


BASIS_TEXTS = [
    "THIS EXAMINATION IS TO BE GIVEN BOTH ON AN INTERDEPARTMENTAL PROMOTIONAL AND AN OPEN COMPETITIVE BASIS",
    "This examination is To  Be\nGiven only on a departmental promotional basis.",
    "Pinto be given on an open competitive basis",  # no word boundary before "to"
    "into be given on an open basis; and to be given on an interdepartmental promotional basis",
    "to be given. On an open basis",  # a full stop between: no statement
    "Exam Open to All, including Current City Employees",
    "THE EXAMINATION IS TO BE GIVEN ON AN OPEN COMPETITIVE BAſIS",  # "ſ" matches "s" when case-blind
    "Café staff: to be given on an open competitive basis",
    "_to be given on an open basis",  # "_" is a word character
]


@pytest.mark.parametrize("text", BASIS_TEXTS)
def test_exam_basis_read_as_the_plain_pattern(text: str) -> None:
    plain = [match.group("how") for match in exam._BASIS.finditer(text)]
    assert list(exam._basis_statements(text)) == plain
