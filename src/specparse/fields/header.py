"""Header metadata: title, class code, jurisdiction, department, dates, FLSA and bargaining unit."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from ..lines import Line
from ..prechecks import may_contain
from ..vocab import Vocabulary
from . import class_code as codes
from . import employer_sentences
from . import jurisdiction as employers
from .date_sentences import closing_in_text
from .header_dates import read_dates
from .header_meta import read_metadata
from .title import NEXT_LABEL, has_title_label, labelled_title, styled_title, title_case
from .title_text import directed_subject_title, form_row_title, summary_subject_title

__all__ = ["Header", "closing_in_text", "read_header", "title_case"]

DEPARTMENT = re.compile(r"^\s*(?:dept\.?|department|division|agency|office)\s*[:\-]\s*(?P<name>.+)$", re.I)
DEPARTMENT_NAME = re.compile(r"^\s*(?i:department|dept\.?)\s+(?i:of)\s+[A-Z].{2,60}$")
FLSA = re.compile(r"\bFLSA(?:\s+status)?\s*[:\-]?\s*(?P<status>non[\s-]?exempt|exempt)\b", re.I)
BARGAINING_UNIT = re.compile(
    r"\b(?:bargaining\s+unit|representation\s+unit|employee\s+group|union|unit)\s*(?:no\.?|#)?\s*[:\-]\s*(?P<unit>[^;|]{1,80})",
    re.I,
)
# One of these is in every BARGAINING_UNIT match (each case-blind pattern here, led by "\\b", is tried at
# every position of a line: a word test first skips most header lines).
_UNIT_LABEL_WORDS = ("unit", "union", "group")
# Lines worth asking for a class code or a bargaining unit: compiled once, they are tried on every line.
_CODE_WORD = re.compile(r"\bcode\b", re.I)
_UNIT_WORDS = re.compile(r"\b(bargaining|representation)\s+unit\b", re.I)
_BARE_LABEL = re.compile(r"^\W*FLSA(?:\s+status)?\s*:?\s*$", re.I)
# A name in a title-block line is the employer; in a long sentence it is a place mentioned in passing
# ("… ends of Utah County", "in the town of Swan River"), unless the sentence says it employs.
MAX_NAME_LINE_WORDS = 12
# How far into the body a labelled title ("###Title" over its value) or classification is looked for:
# the posting's own opening fields, not a "Position Title:" in a reporting-lines table further down.
TITLE_FIELD_WINDOW = 40
CLASSIFICATION_WINDOW = 80
# The posting's opening, where an organisation introduced by name and acronym is the employer.
OPENING_LINES = 20

# A code this long is cut from a title's end after a plain space ("SYSTEMS ANALYST 1596"); a shorter one
# could be the level ("Planner 2").
MIN_SPACED_CODE_DIGITS = 3

Found = tuple[str, Line]
_TEXT = attrgetter("text")


@dataclass(slots=True)
class Header:
    title: str | None = None
    class_code: str | None = None
    jurisdiction: str | None = None
    department: str | None = None
    dates: dict[str, date | None] = field(default_factory=dict)
    flsa: str | None = None
    bargaining_unit: str | None = None
    undated_labels: list[tuple[str, int]] = field(default_factory=list)  # (text, line) date labels not understood
    # Which body line each fact was read from (``Line.number``; 0 for the document's metadata block).
    provenance: dict[str, int] = field(default_factory=dict)

    def take(self, name: str, found: Found | None) -> bool:
        """Set fact ``name`` from a (value, line) pair, recording the line; False when nothing was found."""
        if found is None:
            return False
        setattr(self, name, found[0])
        self.provenance[name] = found[1].number
        return True


def read_header(
    preamble: list[Line],
    furniture: list[Line],
    trailer: list[Line],
    everywhere: list[Line],
    vocab: Vocabulary,
    metadata: Mapping[str, str] | None = None,
) -> Header:
    """Read metadata from the lines before the first section, page headers/footers and the trailer.

    ``everywhere`` (all body lines) is searched only for labelled values that cannot be mistaken,
    such as "FLSA: Exempt" or "Class Code: 1513", when the header block did not give them.
    ``metadata`` is what the file says about itself (front matter, ``<meta>``); a body field
    printed in the document itself wins over it.
    """
    header = Header()
    meta = read_metadata(metadata or {}, vocab)
    near = [line for line in [*preamble, *furniture, *trailer] if line.text]
    _read_title(header, preamble, everywhere, meta.title, meta.page_title, vocab)
    _read_class_code(header, near, furniture, everywhere)
    if header.class_code is None:
        header.take("class_code", _title_line_code(header, preamble, near))
    glued = header.class_code or (found[0] if (found := _first(codes.posting_number, near)) else None)
    if header.title and glued:
        header.title = _without_code(header.title, glued)
    _read_jurisdiction(header, near, everywhere, meta.employer)
    header.take("department", _first(_department, near))
    header.take("flsa", _first(_flsa, near))
    if header.flsa is None and _some_line_holds(everywhere, "flsa"):
        header.take("flsa", _first(_flsa, _label_over_value(everywhere)))
    # "Bargaining Unit: A3" names the unit; "Union: Non Union" beside it only says whether there is one.
    named = [line for line in near if may_contain(line.text, ("unit",)) and _UNIT_WORDS.search(line.text)]
    header.take("bargaining_unit", _first(_bargaining_unit, named) or _first(_bargaining_unit, near))
    header.dates = read_dates(
        [line for line in preamble if line.text],
        [line for line in [*furniture, *trailer] if line.text],
        everywhere,
        header.undated_labels,
        header.provenance,
    )
    for kind, value in meta.dates.items():
        if header.dates.get(kind) is None:
            header.dates[kind] = value
            header.provenance[f"date_{kind}"] = 0
    return header


def _read_title(
    header: Header,
    preamble: list[Line],
    body: list[Line],
    meta_title: str | None,
    page_title: str | None,
    vocab: Vocabulary,
) -> None:
    """A labelled title field, the front-matter title, the header block's title line, the page's
    <title>/Open Graph title, and last the subject of the opening summary."""
    if header.take("title", labelled_title(preamble, vocab) or labelled_title(body[:TITLE_FIELD_WINDOW], vocab)):
        return
    if meta_title:
        header.title, header.provenance["title"] = meta_title, 0
        return
    if has_title_label(preamble):
        # A form with a title row we could not read: its other rows are labels, not the title; the
        # value row is taken only as far as the opening summary confirms it.
        header.take("title", form_row_title(preamble, vocab))
        return
    if header.take("title", styled_title(preamble, vocab)):
        return
    if page_title:
        header.title, header.provenance["title"] = page_title, 0
        return
    header.take(
        "title", summary_subject_title(preamble, vocab) or directed_subject_title(body[:TITLE_FIELD_WINDOW], vocab)
    )


def _read_class_code(header: Header, near: list[Line], furniture: list[Line], body: list[Line]) -> None:
    # "Job Code: U8046" is the class; "Job Number: N-2024-73594" a posting number, never a code.
    coded = [line for line in near if may_contain(line.text, ("code",)) and _CODE_WORD.search(line.text)]
    header.take(
        "class_code",
        _first(codes.labelled_code, coded)
        or codes.code_below_heading(near)
        or _first(codes.labelled_code, near)
        or codes.classification_code(near)
        # Listed here, not before: the or-chain stops early, and searching every body line is costly.
        or _first(codes.labelled_code, [line for line in body if codes.STRONG_CODE_LABEL.search(line.text)])
        or _first(codes.labelled_code, body[:60])
        or codes.classification_code(body[:CLASSIFICATION_WINDOW])
        or _first(codes.classification_in_sentence, body)
        or _first(codes.footer_code, furniture),
    )


def _title_line_code(header: Header, preamble: list[Line], near: list[Line]) -> Found | None:
    """The code printed after the title on the header block's title line ("SYSTEMS ANALYST 1596 (A)").

    Only a number the title as read still ends with, and not the header's posting number ("Job Number:
    24017" printed apart from "Web Developer 24017"): a recruitment's number is not a class.
    """
    line = next((line for line in preamble if line.number == header.provenance.get("title")), None)
    if line is None or not header.title:
        return None
    code = codes.trailing_code(line.text)
    if code is None or not header.title.endswith(code):
        return None
    if any(codes.posting_number(other.text) == code for other in near):
        return None
    return code, line


def _read_jurisdiction(header: Header, near: list[Line], body: list[Line], meta_employer: str | None) -> None:
    """The employer: a field, the metadata, a title-block name, a sentence naming it, a unit field."""
    if header.take("jurisdiction", _first(employers.employer_field, near)):
        return
    if meta_employer:
        header.jurisdiction, header.provenance["jurisdiction"] = meta_employer, 0
        return
    # "Location: Wake County, NC" is where a state agency's job is, not who employs.
    short = [
        line
        for line in near
        if len(line.text.split()) <= MAX_NAME_LINE_WORDS and not employers.LOCATION_FIELD.match(line.text)
    ]
    header.take(
        "jurisdiction",
        _first(employers.jurisdiction_in, short)
        or _first(employers.specification_owner, short)
        or _employer_in_sentences(body)
        or _first(employers.department_employer, near)
        or _first(employers.unit_field, near)
        or _first(employers.introduced_organisation, [line for line in body[:OPENING_LINES] if line.text])
        or _first(employers.code_owner, short),
    )


def _employer_in_sentences(body: list[Line]) -> Found | None:
    """The first sentence naming the employer, a name wrapped from the line before completed."""
    previous = ""
    for line in body:
        # The wrapped-name check only for a line naming one: most lines name none (a cached answer).
        if employer_sentences.employer_sentence(line.text):
            name = employer_sentences.employer_sentence_after(previous, line.text)
            if name:
                return name, line
        previous = line.text
    return None


def _some_line_holds(lines: list[Line], word: str) -> bool:
    """Whether a line holds ``word`` (lower case, no line break) in any letter case.

    One lower-cased text rather than one per line: lower-casing maps each character on its own, and
    the line break joining the lines is no letter, so the word is in it exactly when it is in a line.
    """
    return word in "\n".join(map(_TEXT, lines)).lower()


def _without_code(title: str, code: str) -> str:
    """'Election Processing Supervisor-19302110' is the title with its posting code glued on.

    'SYSTEMS ANALYST 1596' sheds a code of three or more digits after a plain space too; a short
    code ('II') is cut only after a separator, since a level numeral is part of the title.
    """
    # Compiling the pattern for each document's code was ~5% of a bulletin's parse; a title that does
    # not contain the code cannot end in it (an ASCII title folds case exactly as re.I does).
    if title.isascii() and code.isascii() and code.lower() not in title.lower():
        return title
    separator = r"\s*(?:[-–#:,]\s*|\(\s*)"
    if sum(c.isdigit() for c in code) >= MIN_SPACED_CODE_DIGITS:
        separator = rf"(?:\s+|{separator})"
    trimmed = re.sub(rf"{separator}(?:no\.?\s*|#\s*)?{re.escape(code)}\s*\)?\s*$", "", title, flags=re.I)
    return trimmed if len(trimmed) >= 3 else title


def _first(reader: Callable[[str], str | None], lines: list[Line]) -> Found | None:
    """The first line ``reader`` finds a value in, with that line (for provenance)."""
    for line in lines:
        value = reader(line.text)
        if value:
            return value, line
    return None


def _value(text: str) -> str:
    return NEXT_LABEL.split(text, maxsplit=1)[0].strip()


def _department(text: str) -> str | None:
    match = DEPARTMENT.match(text)
    if match:
        return _value(match.group("name")).rstrip(".")
    if DEPARTMENT_NAME.match(text):
        return text.strip()
    return None


def _label_over_value(lines: list[Line]) -> list[Line]:
    """Lines with a bare label ("FLSA Status") joined to the value on the next line ("Exempt")."""
    content = [line for line in lines if line.text.strip()]
    joined = []
    for position, line in enumerate(content):
        if _BARE_LABEL.match(line.text) and position + 1 < len(content):
            joined.append(Line(text=f"{line.text.strip()}: {content[position + 1].text.strip()}", number=line.number))
        else:
            joined.append(line)
    return joined


def _flsa(text: str) -> str | None:
    match = FLSA.search(text) if may_contain(text, ("flsa",)) else None
    if not match:
        return None
    return "exempt" if match.group("status").lower() == "exempt" else "non_exempt"


def _bargaining_unit(text: str) -> str | None:
    match = BARGAINING_UNIT.search(text) if may_contain(text, _UNIT_LABEL_WORDS) else None
    return _value(match.group("unit")).rstrip(".") if match else None
