"""The job's title: a labelled title field, the title line of the header block, or the metadata title."""

from __future__ import annotations

import re

from ..dates import has_digit, is_date_only
from ..lines import Line
from ..prechecks import ends_with_none
from ..text_cache import text_cache
from ..vocab import Vocabulary
from .jurisdiction import JURISDICTION, jurisdiction_in, organisation_line
from .spacing import single_spaced

# "Bargaining Unit: Mid-Management  Date Adopted: March 3, 2015": a laid-out header puts two fields on
# one line; a value ends where the next "Label:" begins.
# "FLSA" is a whole label: in "Maintenance and Service Related FLSA: Non-Exempt" the word before it
# belongs to the value, not to the label.
NEXT_LABEL = re.compile(r"\s+(?=(?:[A-Z][\w/&#.()-]*\s+(?!FLSA\b))?[A-Z][\w/&#.()-]*\s*:\s)")
# "County/State Liaison (0010)": a web page title carrying the class code in parentheses.
_TITLE_CODE = re.compile(r"\s*\((?:[A-Z]{0,3}-?\d{3,6}[A-Z]?)\)\s*$")
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
_TITLE_SMALL_WORDS = frozenset({"of", "and", "or", "the", "to", "in", "for", "a", "an", "on", "at", "by", "with"})
# "CLASS TITLE | Senior Accountant" (a header table row reaches here as "CLASS TITLE Senior Accountant"),
# "Working title Chief AI Engineer" (a California duty statement's form row), "POST TITLE: Developer"
# (a UK vacancy form): the two-word labels are unambiguous without a colon, a bare "Title" is not.
TITLE_LABEL = re.compile(
    r"^\s*(?:(?:class(?:ification)?|job|position|working|post|role)\s+title(?:\s*[:\-]|\s)|title\s*[:\-])\s*", re.I
)
# "Classification Statewide Chief Data Officer" (a duty statement's form row): the class title.
_CLASSIFICATION_TITLE = re.compile(r"^\s*classification\s*[:\-]?\s+(?=[A-Z])(?![A-Z]{2,3}-?\d{1,2}\b)", re.I)
# "Classification: Exempt" (a California duty statement of an exempt post): a status, not a class title.
_STATUS_VALUE = re.compile(r"^\W*(?:(?:non[\s-]?)?exempt|vacant|tbd|n/?a|none|various)\W*$", re.I)
_WORKING_TITLE = re.compile(r"^\s*working\s+title\b", re.I)
GROUP_LEVEL_ONLY = re.compile(r"^\s*[A-Z]{2,3}-?\d{1,2}\s*$|.*\(\w*\d\w*\)\s*$")
# "###Title" over "Graphics Designer", "Job Title" over the value in the next table cell.
# ("##Title" without a space is a heading to Jekyll's old Markdown engines; our reader keeps the "#"s.)
TITLE_LABEL_ALONE = re.compile(
    r"^\s*#{0,6}\s*(?:(?:class(?:ification)?|job|position|working|post|role)\s+)?title\s*:?\s*$", re.I
)
_NOT_TITLE = re.compile(
    r"\b(salary|code|approved|revised|date|page|bulletin|exam|open to|class specification|"
    r"classification specification|announcement|flsa|bargaining|department of|equal opportunity|"
    r"job classification|classification description|class description|job specification|"
    r"person specification|duty statement|required|number)\b",
    re.I,
)
# What a document calls itself, printed after the title: "Web operations job description",
# "Programme Delivery Manager job description", "Custodian Class Specification".
DOCUMENT_KIND = re.compile(
    r"\s*[-–—:]?\s*\b(?:job|position|role|class(?:ification)?)\s+(?:description|profile|specification|spec)\s*$",
    re.I,
)
# "Developer - B2", "Digital performance analyst - B2" (a UK pay band), "SYSTEMS ANALYST (A)" (a level).
_BAND_SUFFIX = re.compile(r"\s*(?:\((?:[A-Z]|[A-Z]\d)\)|[-–—]\s*[A-Z]\d?)\s*$")
# "DEPUTY DIRECTOR, Grade 27", "Planner II - Pay Grade 41", "Analyst (Salary Range 22)": the pay grade
# printed after a posting's title.
_GRADE_SUFFIX = re.compile(
    r"\s*(?:,|[-–—]|\()\s*(?:(?:pay|salary)\s+)?(?:grade|range|band)\s*[:#]?\s*[A-Z]{0,3}-?\d{1,3}[A-Z]?\s*\)?\s*$",
    re.I,
)
# "Class Code: 1234", "Job No. 5521": a code field alone on its line, whose label is no title.
_CODE_FIELD = re.compile(
    r"^\W*(?:(?:class(?:ification)?|job|position|title)\s+)?(?:code|no\.?|number)\s*[:#.]?\s*\w*\d", re.I
)
# Site chrome, banners and form labels that head a page without being the job's title.
_CHROME = re.compile(
    r"^(?:position|role|job|careers?|jobs?|apply(?:\s+now)?|posting\s+details|job\s+details|job\s+information|"
    r"job\s+posting|view\s+profile|home|menu|print|share|back|vacancy|vacancies|current\s+openings?|"
    r"employment\s+opportunit(?:y|ies)|job\s+opportunit(?:y|ies)|career\s+opportunit(?:y|ies)|actions|job\s+id|vacancy\s+advertising\s+form|details)$",
    re.I,
)
# "=== JOB DETAILS ===", "*** POSITION ***": decoration around a banner.
_DECORATION = re.compile(r"^[\s=*#~_|-]+|[\s=*#~_|-]+$")
# Private-use code points are icon-font glyphs ("\uf0b1" before a heading in a saved web page).
_ICONS = re.compile(r"[\ue000-\uf8ff]")
# "[jobs] Records Technician": a mailing-list subject prefix.
_LIST_PREFIX = re.compile(r"^\[[^\]]{1,30}\]\s*")
# "Office of Data and Innovation", "Department of Finance": a letterhead naming an office, not a job.
_OFFICE = re.compile(r"^(?:the\s+)?(?:office|department|ministry|division|bureau|agency)\s+(?:of|for)\b", re.I)
# "Who We Are", "Learn about our Mission", "Press Control+M to start dragging object": questions and
# instructions to the reader head site blocks, never a job.
_QUESTION = re.compile(
    r"^(?:who|what|how|why|where|when|learn|read|click|press|see|view|find|search|sign|follow|"
    # "Get to know McNary Marketing", "Meet the team", "Discover Springfield": invitations to the reader.
    r"get\s+to\s+know|meet|discover|explore)\b",
    re.I,
)
# "Resumes@eac.gov", "www.example.gov/jobs": an address, not a title.
_ADDRESS = re.compile(r"@|://|\bwww\.", re.I)
# "Classification Office/Department", "Working Title Unit/Section": a form's label row.
_FORM_LABEL = re.compile(r"\b(?:office|unit|section|department|division|bureau)\s*/\s*(?:[a-z]+)\b", re.I)


def labelled_title(lines: list[Line], vocab: Vocabulary) -> tuple[str, Line] | None:
    """A title given as a field: "Job Title: X", "Working title X", or a "Title" label over its value.

    A job/position/class title field wins over a "Classification" field, which wins over a
    "Working title": a working title is, by its name, the informal one beside the class title.
    """
    # Only these lines can match the patterns below (each line is asked once, for both passes; a blank
    # line opens no label).
    openers = [(index, line) for index, line in enumerate(lines) if _may_open_label(line.text) and line.text.strip()]
    # "Classification Specialist" alone is a title line; "Classification X" is a form row only in a
    # form that also has a "Working title" row.
    form = any(_WORKING_TITLE.match(line.text) for _, line in openers)
    found: dict[int, tuple[str, Line]] = {}
    for index, line in openers:
        labelled = TITLE_LABEL.match(line.text)
        if not labelled and (form or ":" in line.text):
            labelled = _CLASSIFICATION_TITLE.match(line.text)
        if labelled and line.text[labelled.end() :].strip():
            # "TITLE: ENGINEERING TECHNICIAN<spaces>CODE: 60415": the title ends at the cell gap.
            value = clean_title(_value(_title_cell(line.text[labelled.end() :])), vocab)
            if value and _plausible_value(value):
                found.setdefault(_rank(labelled.group(0)), (value, line))
        elif TITLE_LABEL_ALONE.match(line.text) and (below := _next_with_text(lines, index)) is not None:
            value = clean_title(_title_cell(below.text), vocab)
            if value and _plausible(value):
                found.setdefault(_rank(line.text), (value, below))
        if 0 in found:
            break
    return found[min(found)] if found else None


def _next_with_text(lines: list[Line], index: int) -> Line | None:
    """The first line after ``lines[index]`` that is not blank."""
    return next((line for line in lines[index + 1 :] if line.text.strip()), None)


# Every title label (TITLE_LABEL, TITLE_LABEL_ALONE, _CLASSIFICATION_TITLE, _WORKING_TITLE) opens its line,
# after white space and a Markdown heading's "#"s, with one of these words ("classification" starts
# with "class"): most lines of a body open otherwise, and a test of the first word is cheaper than
# four patterns.
_LABEL_WORDS = ("class", "job", "position", "working", "post", "role", "title")


@text_cache()  # a pure function of the line; an employer's headers and notices repeat
def _may_open_label(text: str) -> bool:
    """False only for a line no title label pattern matches (its first word tells, on ASCII text;
    other text is left to the patterns, which fold case beyond ASCII)."""
    if not text.isascii():
        return True
    # White space is what "\\s" takes on ASCII text; all "#"s are stripped where the patterns allow six.
    opening = text.lstrip().lstrip("#").lstrip()
    return opening[:8].lower().startswith(_LABEL_WORDS)


def has_title_label(lines: list[Line]) -> bool:
    """True when some line is a title field's label ("Working Title Unit/Section", "Job Title")."""
    return any(
        _may_open_label(line.text) and (TITLE_LABEL.match(line.text) or TITLE_LABEL_ALONE.match(line.text))
        for line in lines
    )


def _rank(label: str) -> int:
    if re.search(r"working", label, re.I):
        return 2
    return 1 if not re.search(r"title", label, re.I) else 0


def _plausible_value(value: str) -> bool:
    """A field's value is trusted more than a bare line, but a form label or a code is no title."""
    unfit = any(
        pattern.search(value) for pattern in (_FORM_LABEL, _CHROME, GROUP_LEVEL_ONLY, _STATUS_VALUE)
    ) or _employer_name(value)
    return not (unfit or TITLE_LABEL_ALONE.match(value) or _ADDRESS.search(value)) and any(map(str.isalpha, value))


def styled_title(preamble: list[Line], vocab: Vocabulary) -> tuple[str, Line] | None:
    """The header block's title line: a heading, bold or capitals line first, else any plausible line."""
    # A date has a digit: the date pattern is tried only on a line with one (most header lines have none).
    candidates = [line for line in preamble if line.text and not (has_digit(line.text) and is_date_only(line.text))]
    styled = [
        line for line in candidates if line.heading_level is not None or line.bold or _caps(_title_cell(line.text))
    ]
    for pool in (sorted(styled, key=lambda styled_line: styled_line.heading_level or 9), candidates):
        for line in pool:
            if line.text.rstrip().endswith(":") or _CODE_FIELD.match(line.text):
                continue  # "The main responsibilities of the post are:" leads a list; "Class Code: 1234" is a field
            # "CHIEF PARK RANGER<tabs>Class Code: 1968": the title is the first cell of a laid-out line.
            text = _without_kind(_title_cell(line.text))
            if vocab.lookup(text):
                continue  # "Minimum Qualifications", "Working Conditions": a section's heading, not the job
            if _plausible(text, heading=line.heading_level is not None):
                return clean_title(text, vocab), line
    return None


def metadata_title(value: str, vocab: Vocabulary) -> tuple[str | None, str | None]:
    """A front-matter or ``<meta>`` title, and the employer named in its suffix, if any.

    "Web Developer - City of Orlando" is the title "Web Developer" with the employer after the dash;
    "Administrative Officer - Internal Operations" keeps its team, which is not an employer.
    """
    text = _LIST_PREFIX.sub("", " ".join(value.split()))
    employer = None
    for separator in (" | ", " - ", " – ", " — ", ", "):
        head, found, tail = text.rpartition(separator)
        if found and head and _employer_name(tail):
            text, employer = head, tail.strip()
            break
    title = clean_title(text, vocab)
    # A site's own name or a banner ("Careers", "Job Details") in <title> is no job title.
    return (title if _plausible_value(title) else None), employer


def clean_title(text: str, vocab: Vocabulary) -> str:
    """Drop what is printed beside a title without being part of it: kind, pay band, glyphs, decoration."""
    text = _DECORATION.sub("", _ICONS.sub("", text)).strip()
    text = _without_kind(text)
    text = _BAND_SUFFIX.sub("", text).strip() or text
    text = _GRADE_SUFFIX.sub("", text).strip() or text
    return title_case(text, vocab)


def _without_kind(text: str) -> str:
    return _kind_removed(text).strip() or text


# Every DOCUMENT_KIND match ends its text with one of these words (in any letter case) and white space;
# the pattern, led by "\\s*", is tried at every position of the line.
_KIND_ENDINGS = ("description", "profile", "specification", "spec")


def _kind_removed(text: str) -> str:
    """``DOCUMENT_KIND.sub("", text)``, not tried on an ASCII text ending in no kind's word (see
    ``prechecks.ends_with_none``)."""
    if ends_with_none(text, _KIND_ENDINGS):
        return text
    return DOCUMENT_KIND.sub("", text)


def _employer_name(text: str) -> bool:
    text = text.strip()
    found = jurisdiction_in(text)
    return bool(found and len(found) >= len(text) - 4) or bool(organisation_line(text))


def _value(text: str) -> str:
    return NEXT_LABEL.split(text, maxsplit=1)[0].strip()


@text_cache()  # a pure function of the line, asked of every header line; an employer's headers repeat
def _title_cell(text: str) -> str:
    cell = _CELL_GAP.split(text.strip())[0]
    return (_TITLE_TAIL.sub("", cell) or cell).strip().strip(":")


def _plausible(text: str, heading: bool = False) -> bool:
    text = _DECORATION.sub("", _ICONS.sub("", text)).strip()
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > 100:
        return False
    if _NOT_TITLE.search(text) or JURISDICTION.fullmatch(text) or organisation_line(text):
        return False
    if _CHROME.match(text) or _OFFICE.match(text) or _FORM_LABEL.search(text) or _LIST_PREFIX.match(text):
        return False
    # "Job Description" alone names the document; "Title" under "Title" is the label printed twice.
    if not _kind_removed(text).strip() or TITLE_LABEL_ALONE.match(text) or _ADDRESS.search(text):
        return False
    if _QUESTION.match(text):
        return False  # "Who We Are & How We Make a Difference" heads a block about the employer
    # "Design, Technology, and Innovation Fellow: Service Designer" is a heading; "Salary: $5" a field.
    if (":" in text and not (heading and not re.search(r"\d", text))) or text.endswith("."):
        return False
    return sum(map(str.isalpha, text)) >= 3 and not text.startswith("(")


def _caps(text: str) -> bool:
    letters = list(filter(str.isalpha, text))  # map/filter: a generator per character cost more
    return len(letters) >= 3 and all(map(str.isupper, letters))


def title_case(text: str, vocab: Vocabulary) -> str:
    """Put an ALL-CAPS title in title case, keeping acronyms and roman numerals; leave mixed case be."""
    text = _TITLE_CODE.sub("", single_spaced(text).strip())
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
