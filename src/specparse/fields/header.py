"""Header metadata: title, class code, jurisdiction, department, dates, FLSA and bargaining unit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..dates import is_date_only
from ..lines import Line
from ..vocab import Vocabulary
from .header_dates import closing_in_text, read_dates
from .provenance import header_provenance

__all__ = ["Header", "closing_in_text", "read_header", "title_case"]

# "Code No. 7565", "Class Code: 1513", "Job Code 0042", "Class No. 1234-A", "Classification Code: 7A23"
CLASS_CODE = re.compile(
    r"\b(?:class(?:ification)?|job|position|title|class\s+spec(?:ification)?)?\s*"
    r"(?:code|no\.?|number|#)\s*(?:no\.?|number|#)?\s*[:#.]?\s*(?P<code>[A-Z]{0,3}-?\d[\dA-Z-]{1,9})\b",
    re.I,
)
_FOOTER_CLASS = re.compile(r"\bclass\s+(?:no\.?\s*|#\s*)?(?P<code>\d{3,6}[A-Z]?)\b", re.I)
_CODE_LABEL = re.compile(
    r"\b(class(ification)?|job|position)\s+(code|no\b|number|#)|\bcode\s*(no\b|#|:|number)|^code\b", re.I
)
# The kind of government is matched in any case ("COUNTY OF MARIPOSA" heads many county specs).
JURISDICTION = re.compile(
    r"\b(?:(?i:City|County|State|Town|Village|Borough|Township|Commonwealth|Port|University|Parish)"
    r"(?:\s+(?i:and\s+County))?\s+(?i:of)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+(?i:County|Unified School District|School District|"
    r"Community College District|College District|Water District|Sanitation District|Transit District|"
    r"Housing Authority|Port Authority|Transit Authority|Regional Transit)"
    # "Metropolitan Transit Authority of Harris County": the authority's own area follows "of".
    r"(?:\s+(?i:of)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?=\s*$))?"
    r")\b"
)
# "FAIRFAX COUNTY PUBLIC SCHOOLS", "IOWA STATE UNIVERSITY", "Cook County Health": a line that is nothing
# but an employer's name ending in the kind of institution it is. Matched against the whole line only,
# since "University Police Officer" or "College Aide" inside a title line is not an employer.
ORGANISATION_LINE = re.compile(
    r"^\s*(?:The\s+)?[A-Z][\w.'&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'&-]*){0,5}\s+"
    r"(?i:University|College|Public\s+Schools|Schools|Health|Health\s+System|Hospital\s+District|"
    r"Fire\s+District|Park\s+District|Library\s+District|Utility\s+District|Irrigation\s+District|"
    r"Municipal\s+Utility\s+District|Regional\s+Transit\s+District)\s*$"
)
# "Bargaining Unit: Mid-Management  Date Adopted: March 3, 2015": a laid-out header puts two fields on
# one line; a value ends where the next "Label:" begins.
# "FLSA" is a whole label: in "Maintenance and Service Related FLSA: Non-Exempt" the word before it
# belongs to the value, not to the label.
NEXT_LABEL = re.compile(r"\s+(?=(?:[A-Z][\w/&#.()-]*\s+(?!FLSA\b))?[A-Z][\w/&#.()-]*\s*:\s)")
# "Employer: Douglas County Government (CO)" in a posting's field list names the jurisdiction outright.
EMPLOYER_LABEL = re.compile(
    r"^\s*(?:employer|jurisdiction|agency name|organi[sz]ation|hiring agency)\s*:\s*(?P<name>.+)$", re.I
)
# "UW Code and Representative Group" over "- 17724 (NE S SEIU 925 Non Supv)": the code sits on the next line.
CODE_HEADING = re.compile(r"^\s*(?:[\w/]+\s+){0,2}(?:class(?:ification)?|job|position)?\s*code\b[^\d]{0,40}$", re.I)
CODE_VALUE = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?P<code>[A-Z]{0,3}-?\d{3,8}[A-Z]?)\b")
# Codes that are not the class code: "Schematic Code: AA20" (CalHR), "Zip Code", "Pay Code", "Budget Code".
_OTHER_CODE = re.compile(
    r"\b(schem(atic)?|zip|postal|pay|budget|account|area|dress|fund|ethics|penal|labor|vehicle)\s+code\b", re.I
)
# "County/State Liaison (0010)": a web page title carrying the class code in parentheses.
_TITLE_CODE = re.compile(r"\s*\((?:[A-Z]{0,3}-?\d{3,6}[A-Z]?)\)\s*$")
_JURISDICTION_STOP = re.compile(r"\s+(?:Code|Class|Approved|Revised|Job|Department|Bulletin)\b.*$", re.I)
DEPARTMENT = re.compile(r"^\s*(?:dept\.?|department|division|agency|office)\s*[:\-]\s*(?P<name>.+)$", re.I)
DEPARTMENT_NAME = re.compile(r"^\s*(?i:department|dept\.?)\s+(?i:of)\s+[A-Z].{2,60}$")
FLSA = re.compile(r"\bFLSA(?:\s+status)?\s*[:\-]?\s*(?P<status>non[\s-]?exempt|exempt)\b", re.I)
BARGAINING_UNIT = re.compile(
    r"\b(?:bargaining\s+unit|representation\s+unit|employee\s+group|union|unit)\s*(?:no\.?|#)?\s*[:\-]\s*(?P<unit>[^;|]{1,80})",
    re.I,
)

_CELL_GAP = re.compile(r"\t+|\s{3,}")
# "CHIEF PARK RANGER Class Code: 1968", "DIRECTOR OF AIRPORTS ADMINISTRATION REVISED": the title line
# carries the header's other cells once the layout's tabs are collapsed.
_TITLE_TAIL = re.compile(
    r"\s+(?:(?:class|job|position)\s+code|code\s+no\b|open(?:ing)?\s+date|revised|rev\.|"
    # "TITLE: ENGINEERING TECHNICIAN CODE: 60415" once the layout's spaces are collapsed: a field label
    # with its colon ends the title.
    r"(?:code|grade|flsa|salary|range|status)\s*[:#])(?:\W.*)?$",
    re.I,
)
_BARE_LABEL = re.compile(r"^\W*FLSA(?:\s+status)?\s*:?\s*$", re.I)
_TITLE_SMALL_WORDS = frozenset({"of", "and", "or", "the", "to", "in", "for", "a", "an", "on", "at", "by", "with"})
# "CLASS TITLE | Senior Accountant": a header table row reaches here as "CLASS TITLE Senior Accountant";
# the two-word labels are unambiguous without a colon, a bare "Title" is not.
_TITLE_LABEL = re.compile(r"^\s*(?:(?:class(?:ification)?|job|position)\s+title(?:\s*[:\-]|\s)|title\s*[:\-])\s*", re.I)
_NOT_TITLE = re.compile(
    r"\b(salary|code|approved|revised|date|page|bulletin|exam|open to|class specification|job description|"
    r"classification specification|announcement|flsa|bargaining|department of|equal opportunity|"
    r"job classification|classification description|position description|class description|job specification)\b",
    re.I,
)


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
    provenance: dict[str, int] = field(default_factory=dict)  # field -> body line it was read from (view)


def read_header(
    preamble: list[Line],
    furniture: list[Line],
    trailer: list[Line],
    everywhere: list[Line],
    vocab: Vocabulary,
) -> Header:
    """Read metadata from the lines before the first section, page headers/footers and the trailer.

    ``everywhere`` (all body lines) is searched only for labelled values that cannot be mistaken,
    such as "FLSA: Exempt" or "Class Code: 1513", when the header block did not give them.
    """
    header = Header()
    near = [line for line in [*preamble, *furniture, *trailer] if line.text]
    header.title = _title(preamble, vocab)
    # "Job Code: U8046" is the class; "Job Number: N-2024-73594" a posting number, used only failing a code.
    coded = [line for line in near if re.search(r"\bcode\b", line.text, re.I)]
    header.class_code = (
        _first(_class_code, coded)
        or _code_below_heading(near)
        or _first(_class_code, near)
        or _first(_class_code, everywhere[:60])
        or _first(_footer_class_code, furniture)
    )
    if header.title and header.class_code:
        header.title = _without_code(header.title, header.class_code)
    header.jurisdiction = _first(_employer, near) or _first(_jurisdiction, near)
    header.department = _first(_department, near)
    header.flsa = _first(_flsa, near)
    if header.flsa is None and any("flsa" in line.text.lower() for line in everywhere):
        header.flsa = _first(_flsa, _label_over_value(everywhere))
    # "Bargaining Unit: A3" names the unit; "Union: Non Union" beside it only says whether there is one.
    named = [line for line in near if re.search(r"\b(bargaining|representation)\s+unit\b", line.text, re.I)]
    header.bargaining_unit = _first(_bargaining_unit, named) or _first(_bargaining_unit, near)
    header.dates = read_dates(
        [line for line in preamble if line.text],
        [line for line in [*furniture, *trailer] if line.text],
        everywhere,
        header.undated_labels,
    )
    header.provenance = header_provenance(_stated(header), near, everywhere)
    return header


def _stated(header: Header) -> dict[str, object]:
    """The values whose source line the record names (``JobSpec.provenance``)."""
    facts = ("title", "class_code", "jurisdiction", "department", "flsa", "bargaining_unit")
    return {**{key: getattr(header, key) for key in facts}, **{f"dates.{k}": v for k, v in header.dates.items()}}


def _without_code(title: str, code: str) -> str:
    """'Election Processing Supervisor-19302110' is the title with its posting code glued on."""
    trimmed = re.sub(rf"\s*(?:[-–#:,]\s*|\(\s*)(?:no\.?\s*|#\s*)?{re.escape(code)}\s*\)?\s*$", "", title, flags=re.I)
    return trimmed if len(trimmed) >= 3 else title


def _employer(text: str) -> str | None:
    match = EMPLOYER_LABEL.match(text)
    if not match:
        return None
    name = _value(match.group("name"))
    return _jurisdiction(name) or re.sub(r"\s*\([^)]*\)\s*$", "", name) or None


def _code_below_heading(lines: list[Line]) -> str | None:
    for position, line in enumerate(lines[:-1]):
        if CODE_HEADING.match(line.text) and not CLASS_CODE.search(line.text):
            match = CODE_VALUE.match(lines[position + 1].text)
            if match:
                return match.group("code").upper()
    return None


def _first(reader: object, lines: list[Line]) -> str | None:
    assert callable(reader)
    for line in lines:
        value = reader(line.text)
        if value:
            return str(value)
    return None


def _class_code(text: str) -> str | None:
    if not _CODE_LABEL.search(text) or _OTHER_CODE.search(text):
        return None
    match = CLASS_CODE.search(text)
    return match.group("code").upper() if match else None


def _footer_class_code(text: str) -> str | None:
    """'Rev. 3/15/21 • Class 1516': a page footer names the class by number without the word code."""
    match = _FOOTER_CLASS.search(text)
    return match.group("code").upper() if match else None


def _jurisdiction(text: str) -> str | None:
    whole = ORGANISATION_LINE.match(text)
    match = whole or JURISDICTION.search(text)
    if not match:
        return None
    name = _JURISDICTION_STOP.sub("", match.group(0)).strip()
    if _caps(name):
        name = " ".join(w.lower() if w.lower() in {"of", "and"} else w.capitalize() for w in name.split())
    return name or None


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
    match = FLSA.search(text)
    if not match:
        return None
    return "exempt" if match.group("status").lower() == "exempt" else "non_exempt"


def _bargaining_unit(text: str) -> str | None:
    match = BARGAINING_UNIT.search(text)
    return _value(match.group("unit")).rstrip(".") if match else None


def _title(preamble: list[Line], vocab: Vocabulary) -> str | None:
    candidates = [line for line in preamble if line.text and not is_date_only(line.text)]
    for line in candidates:
        labelled = _TITLE_LABEL.match(line.text)
        if labelled:
            # "TITLE: ENGINEERING TECHNICIAN<spaces>CODE: 60415": the title ends at the cell gap.
            return title_case(_value(_title_cell(line.text[labelled.end() :])), vocab)
    styled = [
        line for line in candidates if line.heading_level is not None or line.bold or _caps(_title_cell(line.text))
    ]
    for pool in (sorted(styled, key=lambda styled_line: styled_line.heading_level or 9), candidates):
        for line in pool:
            # "CHIEF PARK RANGER<tabs>Class Code: 1968": the title is the first cell of a laid-out line.
            text = _title_cell(line.text)
            if _plausible_title(text):
                return title_case(text, vocab)
    return None


def _title_cell(text: str) -> str:
    cell = _CELL_GAP.split(text.strip())[0]
    return (_TITLE_TAIL.sub("", cell) or cell).strip().strip(":")


def _plausible_title(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > 100:
        return False
    if _NOT_TITLE.search(text) or JURISDICTION.fullmatch(text) or ORGANISATION_LINE.match(text):
        return False
    if ":" in text or text.endswith("."):
        return False
    return sum(c.isalpha() for c in text) >= 3 and not text.startswith("(")


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def title_case(text: str, vocab: Vocabulary) -> str:
    """Put an ALL-CAPS title in title case, keeping acronyms and roman numerals; leave mixed case be."""
    text = _TITLE_CODE.sub("", re.sub(r"\s+", " ", text).strip())
    if not _caps(text):
        return text
    words = text.split(" ")
    out = []
    for position, word in enumerate(words):
        core = word.strip("()[],")
        if core in vocab.acronyms:
            out.append(word)
        elif position and core.lower() in _TITLE_SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)
