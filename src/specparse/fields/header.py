"""Header metadata: title, class code, jurisdiction, department, dates, FLSA and bargaining unit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..dates import DATE_PATTERN, is_date_only, parse_date
from ..lines import Line
from ..vocab import Vocabulary

# "Code No. 7565", "Class Code: 1513", "Job Code 0042", "Class No. 1234-A", "Classification Code: 7A23"
CLASS_CODE = re.compile(
    r"\b(?:class(?:ification)?|job|position|title|class\s+spec(?:ification)?)?\s*"
    r"(?:code|no\.?|number|#)\s*(?:no\.?|number|#)?\s*[:#.]?\s*(?P<code>[A-Z]{0,3}-?\d[\dA-Z-]{1,9})\b",
    re.I,
)
_CODE_LABEL = re.compile(
    r"\b(class(ification)?|job|position)\s+(code|no\b|number|#)|\bcode\s*(no\b|#|:|number)|^code\b", re.I
)
JURISDICTION = re.compile(
    r"\b(?:(?:City|County|State|Town|Village|Borough|Township|Commonwealth|Port|University|Parish)"
    r"(?:\s+and\s+County)?\s+of\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+(?:County|Unified School District|School District|"
    r"Community College District|College District|Water District|Sanitation District|Transit District|"
    r"Housing Authority|Port Authority|Transit Authority|Regional Transit)"
    r")\b"
)
_JURISDICTION_STOP = re.compile(r"\s+(?:Code|Class|Approved|Revised|Job|Department|Bulletin)\b.*$", re.I)
DEPARTMENT = re.compile(r"^\s*(?:dept\.?|department|division|agency|office)\s*[:\-]\s*(?P<name>.+)$", re.I)
DEPARTMENT_NAME = re.compile(r"^\s*(?:department|dept\.?)\s+of\s+[A-Z].{2,60}$")
FLSA = re.compile(r"\bFLSA(?:\s+status)?\s*[:\-]?\s*(?P<status>non[\s-]?exempt|exempt)\b", re.I)
BARGAINING_UNIT = re.compile(
    r"\b(?:bargaining\s+unit|representation\s+unit|employee\s+group|union|unit)\s*(?:no\.?|#)?\s*[:\-]\s*(?P<unit>[^;|]{1,80})",
    re.I,
)

# Which date each label names. Order matters: "Revised" before "Approved" so "Approved as revised"
# counts as a revision only when nothing else says so.
DATE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "closing",
        re.compile(r"\b(clos(e|es|ing)|deadline|final filing|filing deadline|until filled|last day to apply)\b", re.I),
    ),
    (
        "open",
        re.compile(
            r"\b(open(s|ing)?\s*date|date\s+opened|posted|posting\s+date|date\s+posted|exam\s+open|opens?)\b",
            re.I,
        ),
    ),
    (
        "revised",
        re.compile(r"\b(r|rev|revised|revision|revisions|amended|updated|last\s+revised|modified)\b\.?", re.I),
    ),
    (
        "established",
        re.compile(r"\b(est|established|created|originated|class\s+created|date\s+established)\b\.?", re.I),
    ),
    (
        "approved",
        re.compile(r"\b(approved|adopted|approval|board\s+action|effective|csb|commission\s+action|ratified)\b", re.I),
    ),
)
_ANY_DATE = re.compile(DATE_PATTERN, re.I)
_LABELLED_DATE = re.compile(rf"(?P<label>[A-Za-z][A-Za-z .,/&()'-]{{0,60}}?)\s*[:\-]?\s*(?P<date>{DATE_PATTERN})", re.I)
_TITLE_SMALL_WORDS = frozenset({"of", "and", "or", "the", "to", "in", "for", "a", "an", "on", "at", "by", "with"})
_TITLE_LABEL = re.compile(r"^\s*(?:class(?:ification)?\s+title|job\s+title|position\s+title|title)\s*[:\-]\s*", re.I)
_NOT_TITLE = re.compile(
    r"\b(salary|code|approved|revised|date|page|bulletin|exam|open to|class specification|job description|"
    r"classification specification|announcement|flsa|bargaining|department of|equal opportunity)\b",
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
    header.class_code = _first(_class_code, near) or _first(_class_code, everywhere[:60])
    header.jurisdiction = _first(_jurisdiction, near)
    header.department = _first(_department, near)
    header.flsa = _first(_flsa, near) or _first(_flsa, everywhere)
    header.bargaining_unit = _first(_bargaining_unit, near)
    header.dates = _dates(near, header)
    return header


def _first(reader: object, lines: list[Line]) -> str | None:
    assert callable(reader)
    for line in lines:
        value = reader(line.text)
        if value:
            return str(value)
    return None


def _class_code(text: str) -> str | None:
    if not _CODE_LABEL.search(text):
        return None
    match = CLASS_CODE.search(text)
    return match.group("code").upper() if match else None


def _jurisdiction(text: str) -> str | None:
    match = JURISDICTION.search(text)
    if not match:
        return None
    return _JURISDICTION_STOP.sub("", match.group(0)).strip() or None


def _department(text: str) -> str | None:
    match = DEPARTMENT.match(text)
    if match:
        return match.group("name").strip().rstrip(".")
    if DEPARTMENT_NAME.match(text):
        return text.strip()
    return None


def _flsa(text: str) -> str | None:
    match = FLSA.search(text)
    if not match:
        return None
    return "exempt" if match.group("status").lower() == "exempt" else "non_exempt"


def _bargaining_unit(text: str) -> str | None:
    match = BARGAINING_UNIT.search(text)
    return match.group("unit").strip().rstrip(".") if match else None


def _title(preamble: list[Line], vocab: Vocabulary) -> str | None:
    candidates = [line for line in preamble if line.text and not is_date_only(line.text)]
    for line in candidates:
        labelled = _TITLE_LABEL.match(line.text)
        if labelled:
            return title_case(line.text[labelled.end() :].strip(), vocab)
    styled = [line for line in candidates if line.heading_level is not None or line.bold or _caps(line.text)]
    for pool in (sorted(styled, key=lambda styled_line: styled_line.heading_level or 9), candidates):
        for line in pool:
            text = line.text.strip().strip(":")
            if _plausible_title(text):
                return title_case(text, vocab)
    return None


def _plausible_title(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > 100:
        return False
    if _NOT_TITLE.search(text) or JURISDICTION.fullmatch(text) or ":" in text or text.endswith("."):
        return False
    return sum(c.isalpha() for c in text) >= 3 and not text.startswith("(")


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def title_case(text: str, vocab: Vocabulary) -> str:
    """Put an ALL-CAPS title in title case, keeping acronyms and roman numerals; leave mixed case be."""
    text = re.sub(r"\s+", " ", text).strip()
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


def _dates(lines: list[Line], header: Header) -> dict[str, date | None]:
    found: dict[str, list[date]] = {
        "approved": [],
        "established": [],
        "revised": [],
        "open": [],
        "closing": [],
    }
    pending_label: str | None = None
    for line in lines:
        text = line.text
        if pending_label is not None and is_date_only(text):
            parsed = parse_date(text)
            if parsed:
                found[pending_label].append(parsed)
            pending_label = None
            continue
        pending_label = None
        matched_any = False
        # The labelled-date pattern tries 60 label lengths at every position: only lines holding a
        # date need it (a 100 KB paragraph without one took seconds).
        for match in _LABELLED_DATE.finditer(text) if _ANY_DATE.search(text) else ():
            kind = _date_kind(match.group("label"))
            parsed = parse_date(match.group("date"))
            if kind and parsed:
                found[kind].append(parsed)
                matched_any = True
            elif kind and not parsed:
                header.undated_labels.append((match.group(0), line.number))
        if not matched_any and text.rstrip().endswith(":"):
            pending_label = _date_kind(text)
    return {
        "approved": min(found["approved"], default=None),
        "established": min(found["established"], default=None),
        "revised": max(found["revised"], default=None),
        "open": min(found["open"], default=None),
        "closing": max(found["closing"], default=None),
    }


def _date_kind(label: str) -> str | None:
    for kind, pattern in DATE_LABELS:
        if pattern.search(label):
            return kind
    return None
