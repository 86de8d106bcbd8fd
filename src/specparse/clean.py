"""Remove what carries no content: page-turn markers, print stamps, routing lines, file paths."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .dates import is_date_only
from .lines import Line
from .vocab import Vocabulary


@dataclass(slots=True)
class Cleaned:
    """Body lines to split into sections, page header/footer lines, and what was dropped."""

    body: list[Line]
    furniture: list[Line]
    dropped: list[Line]


def clean(lines: list[Line], vocab: Vocabulary) -> Cleaned:
    """Blank out boilerplate body lines (keeping line numbers stable) and set headers/footers apart."""
    body: list[Line] = []
    furniture: list[Line] = []
    dropped: list[Line] = []
    for line in lines:
        if line.region != "body":
            if line.text and not vocab.is_boilerplate(line.text):
                furniture.append(line)
        elif line.text and vocab.is_boilerplate(line.text):
            dropped.append(line)
            body.append(_blanked(line))
        else:
            body.append(line)
    _drop_print_stamps(body, dropped)
    return Cleaned(body=body, furniture=furniture, dropped=dropped)


def _blanked(line: Line) -> Line:
    return replace(line, text="", bold=False, heading_level=None, list_item=False)


def _drop_print_stamps(body: list[Line], dropped: list[Line]) -> None:
    """Blank bare dates at the foot of the document ("4/3/2013" under the Alameda spec).

    A bare date whose line before ends with a colon is a labelled value ("Approved by CSB:" then
    "7/1/09") and stays; so does any date followed by more content.
    """
    for index in range(len(body) - 1, -1, -1):
        line = body[index]
        if not line.text:
            continue
        if not is_date_only(line.text):
            if ":" not in line.text or len(line.text) > 60:
                return  # the stamp area ends at the first line of real content
            continue
        previous = next((body[i].text for i in range(index - 1, -1, -1) if body[i].text), "")
        if not previous.rstrip().endswith(":"):
            dropped.append(line)
            body[index] = _blanked(line)
