"""The Line record every extractor produces, and helpers to normalise its text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from .text_cache import text_cache

Region = Literal["body", "header", "footer"]


# Not frozen, though no line is ever changed once made (a changed line is a new one, by
# ``dataclasses.replace``): a frozen dataclass sets each field through ``object.__setattr__``, which
# made creating a line four times slower, and every document creates two per line it has. Hashed by
# value all the same, as a frozen one is.
@dataclass(slots=True, unsafe_hash=True)
class Line:
    """One line of a document as a reader saw it, before anything about job specs is known.

    Readers emit one ``Line`` per paragraph (Word, HTML) or per printed line (text, PDF), with an
    empty line wherever a paragraph break is visible. ``number`` is assigned afterwards, 1-based
    over the body lines, and is what section spans refer to. A line is never changed once made.
    """

    text: str
    page: int | None = None
    bold: bool = False
    heading_level: int | None = None  # h1-h6, Word outline level, Markdown "#" count
    list_item: bool = False  # a bullet or automatic-numbering item; ``text`` carries its marker
    region: Region = "body"  # page headers and footers are kept apart from the body
    number: int = 0

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# The ASCII white space that _SPACES leaves alone (vertical tab and form feed are translated first).
_OTHER_ASCII_SPACE = re.compile(r"[\n\r\x1c-\x1f]")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe"), None)
_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u000b": " ",
        "\u000c": " ",
    }
)


def _normalised(text: str) -> str:
    """Fold a line to NFC with plain quotes and dashes, single spaces and no invisible characters."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_TYPOGRAPHIC)
    elif "\x0b" in text or "\x0c" in text:
        text = text.translate(_TYPOGRAPHIC)
    elif "\t" not in text and "  " not in text:
        return text.strip()
    elif not _OTHER_ASCII_SPACE.search(text):
        # Tabs and spaces are then its only white space, which str.split takes as _SPACES does (and
        # several times faster: wrapped text files pad their lines with runs of spaces).
        return " ".join(text.split())
    return _SPACES.sub(" ", text).strip()


# A pure function of the text, so cached: an employer's documents repeat most of their lines.
normalise_text = text_cache()(_normalised)


def number_lines(lines: list[Line]) -> list[Line]:
    """Normalise every line's text and number the body lines 1.. in order; others get 0."""
    numbered: list[Line] = []
    append = numbered.append
    make, normalised = Line, normalise_text  # local names: this runs once per line of every document
    counter = 0
    for line in lines:
        region = line.region
        if region == "body":
            counter += 1
        text = line.text
        if text:  # an empty line (a third of most documents) is its own normal form: no memo asked
            text = normalised(text)
        # Positional arguments: keyword arguments cost a third more in the dataclass's __init__.
        append(
            make(
                text,
                line.page,
                line.bold,
                line.heading_level,
                line.list_item,
                region,
                counter if region == "body" else 0,
            )
        )
    return numbered
