"""Decide whether a body line is a section heading, and which section it opens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import DATE_RE, is_date_only
from ..lines import Line
from ..paragraphs import LIST_MARKER
from ..text_cache import text_cache
from ..vocab import Vocabulary
from .capitals import caps_statement, is_caps
from .neighbours import list_follows, next_text, previous_text

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12
# A line the document itself marks as a heading (Markdown "##", a Word heading style) may run longer:
# "Preference will be given to candidates with the following areas of experience:".
MAX_MARKED_HEADING_CHARS = 150
MAX_MARKED_HEADING_WORDS = 20
MAX_UNKNOWN_HEADING_WORDS = 8
MAX_LABEL_WORDS = 8
# "Knowledge" or "Abilities" alone on a line, neither bold nor capitals, is a heading only this short.
MAX_PLAIN_HEADING_WORDS = 5
# A Title Case line alone is a heading only when a paragraph at least this long follows it.
MIN_PARAGRAPH_CHARS = 60

# The second line of a heading split after its first words: "AND ABILITIES", "& Responsibilities".
_RUNS_ON = re.compile(r"^(?:and|or|&)\s+\S", re.I)
LABEL = re.compile(r"^(?P<label>[A-Za-z(][A-Za-z0-9 /&,'().-]{0,80}?)\s*:\s*(?P<rest>.*)$")
# "=== JOB DESCRIPTION ===" in postings saved as text.
_BANNER = re.compile(r"^[=*#~_-]{2,}\s*(?P<inner>.*?)\s*[=*#~_-]{2,}$")
_OUTLINE_PREFIX = re.compile(r"^\s*(?:[IVXLC]{1,5}|[A-Z]|\d{1,2})[.)]\s+")
_SENTENCE_END = re.compile(r"[.;,]$")
# "Either I", "Or II", "OR 2" join requirement patterns (CalHR); they are never headings.
_LABELLED_CONNECTOR = re.compile(r"^\W*(?:either|or|and)\s+(?:[IVX]{1,4}|\d{1,2}|[A-H])\W*$", re.I)
# "Knowledge of:" and "Ability to:" inside a "Knowledge and Abilities" block are its sub-labels.
_COMPETENCY_KEYS = frozenset({"knowledge", "skills", "abilities"})
# A table's column headings ("% Description", "Task # Description" in duty statements) are not headings.
_COLUMN_SYMBOL = re.compile(r"(?:^|\s)[%#](?=\s|$)")
# The last line of a paragraph, before a heading that is a paragraph of its own (Word, HTML).
_PARAGRAPH_END = re.compile(r"[.!?:)]$")
# A YAML front-matter key ("description:", "image:") in a Markdown posting's header block.
_YAML_KEY = re.compile(r"^[a-z][a-z0-9_-]*$")
# A duty area weighted by its share of the time: "Research and discovery (40%)", "Delivery, 60%".
_WEIGHTED_AREA = re.compile(r"^[A-Za-z][^%]{2,80}?(?:\(\s*\d{1,3}\s*%\s*\)|,\s*\d{1,3}\s*%)$")
_TWO_DIGITS = re.compile(r"\d{2}")
# Every date the date patterns read holds a digit (``\d``, as theirs): a line without one holds no date.
_DIGIT = re.compile(r"\d")
_SMALL_WORDS = frozenset({"of", "and", "or", "the", "to", "in", "for", "a", "an", "on", "at", "by", "with", "&"})


# Not frozen, though never changed once made (as ``Line``): a frozen dataclass sets each field through
# ``object.__setattr__``, which costs several times more, and one is made for every heading candidate.
@dataclass(slots=True, unsafe_hash=True)
class Heading:
    """A heading found at a line: the key it opens, its text, text after a colon."""

    key: str
    text: str
    rest: str
    known: bool
    consumed: int = 1  # a heading split over two lines consumes both


def may_head(line: Line) -> bool:
    """False for a line ``heading_at`` turns down whatever its neighbours: a blank one, or one too long
    for a heading that is no 'Label: text' heading (most lines of prose, and the long lines whose colon
    is a web address's or a time's)."""
    text = line.text.strip()
    if not text:
        return False
    limit = MAX_MARKED_HEADING_CHARS if line.heading_level is not None else MAX_HEADING_CHARS
    return len(text) <= limit or (":" in text and _label_parts(text) is not None)


def heading_at(
    lines: list[Line],
    index: int,
    vocab: Vocabulary,
    *,
    seen_known: bool,
    in_competencies: bool = False,
    in_duties: bool = False,
) -> Heading | None:
    line = lines[index]
    text = line.text.strip()
    if not text or line.list_item or _LABELLED_CONNECTOR.match(text):
        return None
    if text.endswith(":") and _front_matter_key(lines, index, text[:-1].strip()):
        return None
    marked = line.heading_level is not None
    # _label_heading's own first test, inline: every label is followed by its colon, and most lines have none.
    label = (
        _label_heading(lines, index, text, vocab, loose_ok=not seen_known or marked or line.bold)
        if ":" in text
        else None
    )
    if label is not None and not (in_competencies and label.key in _COMPETENCY_KEYS):
        return label  # "Experience: Any combination of …" opens a section however long the line
    if len(text) > (MAX_MARKED_HEADING_CHARS if marked else MAX_HEADING_CHARS):
        return None
    banner = _BANNER.match(text)
    if banner:
        # "=== JOB DETAILS ===", "=== JOB DESCRIPTION ===": a posting saved as text marks the parts of the
        # page it came from; a part holds the whole posting, headed blocks and unheaded intro alike, so it
        # opens a block that maps to nothing.
        return Heading(key="other", text=banner.group("inner") or text, rest="", known=True)
    if not (_could_be_marked_heading if marked else _could_be_plain_heading)(text):
        return None
    caps = is_caps(text)
    if caps and not marked and caps_statement(lines, index, vocab):
        return None
    styled = marked or line.bold or caps
    bare = text.rstrip(":").strip()
    if styled and "%" in bare and _WEIGHTED_AREA.match(bare):
        return Heading(key="duties", text=bare, rest="", known=True)
    if not styled and not _may_head_plain(lines, index, bare):
        return None  # every way below for a plain line needs one of these layouts, whatever the words say
    key = vocab.lookup(bare)
    if key is not None and vocab.is_connector(bare):
        return None
    if key is not None and styled and _continues(lines, index, bare):
        # "KNOWLEDGE, SKILLS" over "AND ABILITIES": the first line is a heading of its own, but the
        # trailing comma or the next line's "and …" shows the heading runs on.
        joined = _two_line_heading(lines, index, bare, vocab)
        if joined is not None:
            return joined
    if key is not None and styled:
        return Heading(key=key, text=bare, rest="", known=True)
    # A plain line must be known word for word: "Assessment of Software Needs" between duties is not
    # the selection process.
    sure = vocab.sure(bare) if key is not None else None
    if sure is not None and (_stands_alone(lines, index, bare) or _paragraph_heading(lines, index, bare)):
        return Heading(key=sure, text=bare, rest="", known=True)
    if not in_duties and _leads_list(lines, index) and vocab.subject(bare) == "duties":
        # "There may be various job duties you could be assigned, including:" over a list: a lead-in
        # naming duties opens them, however it is worded.
        return Heading(key="duties", text=bare, rest="", known=True)
    if (
        seen_known
        and (styled or _titled_alone(lines, index, bare, vocab) or _leads_list(lines, index))
        and _looks_like_unknown_heading(bare, vocab)
        and vocab.about_employer(bare)
    ):
        # "About the Team", "Why join us" end the block before and open one that maps to nothing.
        return Heading(key="other", text=bare, rest="", known=True)
    if not styled:
        if seen_known and _titled_alone(lines, index, bare, vocab):
            # Heading-shaped by layout (Title Case, alone, over a paragraph): when it ends in its subject
            # it says which block it opens ("Special Certifications and Licenses"); "Assessment of
            # Software Needs" among the duties does not.
            named = vocab.headed(bare)
            return Heading(key=named or "other", text=bare, rest="", known=named is not None)
        return None
    joined = _two_line_heading(lines, index, bare, vocab)
    if joined is not None:
        return joined
    if seen_known and _looks_like_unknown_heading(bare, vocab):
        return Heading(key="other", text=bare, rest="", known=False)
    return None


def _may_head_plain(lines: list[Line], index: int, bare: str) -> bool:
    """A plain line is a heading only standing alone (``_titled_alone`` implies it), as a paragraph of
    its own or over a list: tested before the vocabulary, whose reading of a line it has not seen
    before costs more than these tests."""
    return _stands_alone(lines, index, bare) or _paragraph_heading(lines, index, bare) or _leads_list(lines, index)


def _label_heading(lines: list[Line], index: int, text: str, vocab: Vocabulary, *, loose_ok: bool) -> Heading | None:
    """'Education: Graduation from high school…' opens an education section with that text.

    A label known only by some of its words ("Ensure compliance with the following requirements:")
    opens a section only when styled (``loose_ok``, or in capitals) or before the first heading:
    inside a block it is a sentence.
    """
    parts = _label_parts(text) if ":" in text else None  # every label is followed by its colon
    if parts is None:
        return None
    label, rest = parts
    key = vocab.lookup(label)
    if key is not None and not loose_ok and vocab.sure(label) is None and not is_caps(text):
        key = None
    if key is None or (not rest and _front_matter_key(lines, index, label)):
        return None
    return Heading(key=key, text=label, rest=rest, known=True)


# Asked of every line with a colon, and an employer's documents repeat most of theirs: a pure function, cached.
@text_cache()
def _label_parts(text: str) -> tuple[str, str] | None:
    """The label and the text after it of a 'Label: text' line whose label may name a block."""
    match = LABEL.match(text)
    if not match:
        return None
    label = match.group("label").strip()
    rest = match.group("rest").strip()
    if len(label.split()) > MAX_LABEL_WORDS or _TWO_DIGITS.search(label):
        return None
    if label[-1:].isdigit() and rest[:1].isdigit():
        return None  # "Hours of work are 8:15 AM to 4:30 PM": a time, not a label
    if rest and _DIGIT.search(rest) and (is_date_only(rest) or DATE_RE.fullmatch(rest)):
        return None  # "Closing Date: 5/1/2019" is a value, not a section
    return label, rest


def _front_matter_key(lines: list[Line], index: int, label: str) -> bool:
    """'description:' between 'breadcrumbs: [...]' and 'image:' is a YAML key of a Markdown
    posting's front matter, not a definition heading."""
    if not _YAML_KEY.match(label):
        return False
    match = LABEL.match(previous_text(lines, index))
    return bool(match and _YAML_KEY.match(match.group("label").strip()))


def _leads_list(lines: list[Line], index: int) -> bool:
    """A line ending in ':' over bullets introduces a list ("What Sets Us Apart:")."""
    return lines[index].text.rstrip().endswith(":") and list_follows(lines, index)


def _paragraph_heading(lines: list[Line], index: int, bare: str) -> bool:
    """A short Title Case paragraph between paragraphs is a heading in Word and HTML postings.

    Documents exported from web editors ("Key Responsibilities", "Person Specification" in a plain
    paragraph style) mark headings only by standing alone after a finished sentence.
    """
    words = bare.split()
    if not words or len(words) > MAX_PLAIN_HEADING_WORDS or _SENTENCE_END.search(bare):
        return False
    if not words[0][:1].isupper():
        return False
    if any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in words):
        return False
    previous = previous_text(lines, index)
    following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return (not previous or bool(_PARAGRAPH_END.search(previous))) and bool(following)


def _could_be_heading(text: str, marked: bool = False) -> bool:
    words = text.split()
    max_chars, max_words = (
        (MAX_MARKED_HEADING_CHARS, MAX_MARKED_HEADING_WORDS) if marked else (MAX_HEADING_CHARS, MAX_HEADING_WORDS)
    )
    if len(text) > max_chars or len(words) > max_words:
        return False
    # Every date has a digit: the date pattern, tried at every position, only on a line with one.
    if "$" in text or (_DIGIT.search(text) and DATE_RE.search(text)) or _COLUMN_SYMBOL.search(text):
        return False
    return not LIST_MARKER.match(text) or bool(_OUTLINE_PREFIX.match(text))


# Asked of nearly every line, and an employer's documents repeat most of theirs: a pure function, cached
# once for each answer of ``marked`` (a memo of the text alone is a dict look-up made from C, where one of
# two arguments ran a Python wrapper around lru_cache on every call).
@text_cache()
def _could_be_plain_heading(text: str) -> bool:
    return _could_be_heading(text, marked=False)


@text_cache()
def _could_be_marked_heading(text: str) -> bool:
    return _could_be_heading(text, marked=True)


def _stands_alone(lines: list[Line], index: int, bare: str) -> bool:
    """A plain line like 'Knowledge' is a heading when it is short and sits on its own."""
    if len(bare.split()) > MAX_PLAIN_HEADING_WORDS or _SENTENCE_END.search(bare):
        return False
    previous = lines[index - 1].text if index > 0 else ""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not previous.strip() or not following.strip() or lines[index].text.rstrip().endswith(":")


def _titled_alone(lines: list[Line], index: int, bare: str, vocab: Vocabulary) -> bool:
    """A short Title Case line after a blank line, over a paragraph, is a heading in plain text.

    Postings saved as text keep headings such as "Accommodations" or "Description of Work" only as
    lines of their own; without this the section before runs on over them.
    """
    words = bare.split()
    if (
        len(words) > MAX_PLAIN_HEADING_WORDS
        or _SENTENCE_END.search(bare)
        or not _looks_like_unknown_heading(bare, vocab)
    ):
        return False
    if any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in words) or not words[0][:1].isupper():
        return False
    previous = lines[index - 1].text.strip() if index > 0 else ""
    return not previous and len(next_text(lines, index)) >= MIN_PARAGRAPH_CHARS


def _continues(lines: list[Line], index: int, bare: str) -> bool:
    following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return bool(following) and (bare.endswith(",") or bool(_RUNS_ON.match(following)))


def _two_line_heading(lines: list[Line], index: int, bare: str, vocab: Vocabulary) -> Heading | None:
    """'MINIMUM' over 'QUALIFICATIONS' (narrow PDF columns) is one heading."""
    if index + 1 >= len(lines):
        return None
    following = lines[index + 1].text.strip().rstrip(":")
    both_bold = lines[index].bold and lines[index + 1].bold  # "Minimum" over "Qualifications" in a bold cell
    if not following or not (both_bold or (is_caps(following) and is_caps(bare))):
        return None
    joined = f"{bare} {following}"
    if len(joined.split()) > MAX_HEADING_WORDS:
        return None
    # Known word for word only: a bold title over a bold "Definition" is not "Senior Librarian Definition".
    key = vocab.sure(joined)
    if key is None:
        return None
    return Heading(key=key, text=joined, rest="", known=True, consumed=2)


def _looks_like_unknown_heading(bare: str, vocab: Vocabulary) -> bool:
    words = bare.split()
    if not 1 <= len(words) <= MAX_UNKNOWN_HEADING_WORDS or vocab.is_connector(bare):
        return False
    if bare[0].islower():
        return False  # "alignment with Statewide data strategy": the wrapped end of a bold line above
    if _SENTENCE_END.search(bare) or bare.endswith(("?", "!")):
        return False
    letters = sum(c.isalpha() for c in bare)
    return letters >= 4 and letters >= len(bare.replace(" ", "")) * 0.6
