"""Duty statements: one contract for every way a duties block is printed.

- each numbered, bulleted or one-per-line item is one duty;
- a prose paragraph is one duty, unless it runs task clauses together with semicolons ("plans …;
  reviews …; and does related work"): then each clause is one, as knowledge and ability runs are split;
- lead-ins ("Examples of duties include:"), group titles over a sub-list ("1. Regulatory Oversight:")
  and a table's column header row ("Percentages Description", "Task # Description") are not duties;
- percentage-of-time layouts ("40% Prioritize …" then "• …" bullets; "25% - …", "(30%) …") weight
  groups of duties: a group's bullets are its duties, and a group without bullets is one duty itself.
"""

from __future__ import annotations

import re

from .duty_prose import prose_items
from .lists import drop_trailing_prose, has_marker, strip_marker

# "40%", "25% -", "(30%)", "10 %:" opening a paragraph: the share of time the group below takes.
PERCENT_LEAD = re.compile(r"^\s*\(?\s*\d{1,3}(?:\.\d+)?\s*%\s*\)?(?:\s*(?:of\s+(?:the\s+)?time)\b)?\s*[-:–]?\s*", re.I)
# A header row of a duties table: only column names ("% Description", "Percentage of Time Duties",
# "Task # Description", "Essential Functions Percentage").
_COLUMN_WORDS = (
    r"%|#|no\.?|number|task|tasks|duty|duties|function|functions|percent(?:age)?s?|time|of|description|"
    r"descriptions|essential|marginal|e/m|\(e/m\)|weight|weighting|frequency"
)
COLUMN_HEADER = re.compile(rf"^\s*(?:(?:{_COLUMN_WORDS})(?:\s+|$|(?=[%#])))+\s*$", re.I)
_NEEDS_COLUMN_WORD = re.compile(r"%|#|percent|task|description", re.I)
LEAD_IN = re.compile(r":\s*$")
# A marked line this short ending in a colon names a group of the items below it.
GROUP_TITLE_WORDS = 6
# "3. Licensing Support": an item numbered with digits (bulleted items under it are marked otherwise).
_NUMBERED_LINE = re.compile(r"^\s*\d{1,2}[.)]\s")


def is_column_header(text: str) -> bool:
    """True for a duties table's header row ("Percentages Description", "% Description").

    One word alone ("Description", "Duties") is a heading naming a block, not a row of column names.
    """
    if not COLUMN_HEADER.match(text) or not _NEEDS_COLUMN_WORD.search(text):
        return False
    return len(text.split()) > 1 or "%" in text or "#" in text


def percent_share(text: str) -> bool:
    """True when ``text`` opens with a share of time ("40% Prioritize …", "(30%) Supervises …")."""
    # The pattern needs its "%": asked of every paragraph of every section, and most have none.
    return "%" in text and bool(PERCENT_LEAD.match(text))


# "{% endif %}", "{{ page.role_name }}": a site generator's template tags left in a page saved with its
# source (Jekyll, Liquid, Jinja); a line of nothing else is markup, not text of the job.
_TEMPLATE_ONLY = re.compile(r"^\s*(?:(?:\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\})\s*)+$")


def is_template_markup(text: str) -> bool:
    return bool(_TEMPLATE_ONLY.match(text))


def duty_items(paragraphs: list[str], item_flags: list[bool] | None = None) -> list[str]:
    """The duty statements of a duties block's paragraphs (see the module's contract)."""
    marks = item_flags if item_flags and len(item_flags) == len(paragraphs) else None
    kept = [
        (p, marks[i] if marks else has_marker(p))
        for i, p in enumerate(paragraphs)
        if p.strip() and not is_column_header(p) and not is_template_markup(p)
    ]
    texts = [p for p, _ in kept]
    flags = [f for _, f in kept]
    if any(percent_share(p) for p in texts):
        return drop_trailing_prose(_percentage_items(texts, flags))
    if any(flags):
        return drop_trailing_prose(_listed_items(texts, flags))
    return drop_trailing_prose(prose_items(texts))


def _listed_items(paragraphs: list[str], flags: list[bool], *, intro: bool = True) -> list[str]:
    """Marked paragraphs are the items; unmarked ones are lead-ins or text between the lists.

    With ``intro``, a prose statement of duty above the first item counts too ("You will be responsible
    for designing …" before the bullets); a percentage group's summary sentence does not.
    """
    items: list[str] = []
    first = flags.index(True) if True in flags else len(flags)
    last_was_item = False
    titled_groups = False  # the list has titled a group of its items ("1. Inspections:")
    for index, (paragraph, flag) in enumerate(zip(paragraphs, flags, strict=True)):
        if not flag and intro and index < first and _is_statement(paragraph):
            # "You will be responsible for designing …" above the bullets: a prose duty of its own.
            items.append(paragraph.strip())
            last_was_item = False
            continue
        if not flag and last_was_item and continues_item(items[-1], paragraph):
            # A bullet wrapped onto a line of its own ("… (e.g., AWS Bedrock," / "Azure OpenAI) …").
            items[-1] = f"{items[-1]} {paragraph.strip()}"
            continue
        last_was_item = False
        if not flag and items and LEAD_IN.search(paragraph) and _OTHER_BLOCK.search(paragraph):
            break  # "What Sets Us Apart:" after the duties: the benefits list of a heading not read as one
        if not flag:
            continue
        if _group_title(paragraph, paragraphs[index + 1 :], flags[index + 1 :], titled_groups):
            titled_groups = True
            continue
        item = _clean(paragraph)
        if item:
            items.append(item)
            last_was_item = True
    return items


# A lead-in after the items that opens a list about the employer or about the person sought ("The right
# candidate for this position is:", "You should possess the following:"), not about the job.
_OTHER_BLOCK = re.compile(
    r"\b(?:we\s+offer|benefits?|perks|apart|why\s+(?:join|work)|about\s+us|join\s+us|what\s+(?:we|you(?:'ll)?)\s+(?:offer|get)"
    r"|(?:ideal|right|successful)\s+(?:candidate|applicant|person)|you\s+(?:should|must)\s+(?:have|possess|bring)"
    r"|(?:minimum\s+)?qualifications|requirements)\b",
    re.I,
)
# An item cut off mid-sentence: it ends in a comma, a hyphen, an open parenthesis or a joining word.
_UNFINISHED = re.compile(
    r"(?:[,(\-/&]|\b(?:and|or|of|the|to|in|for|with|a|an|by|on|at|from|as|including|such|e\.g\.|i\.e\.))\s*$", re.I
)
FINISHED = re.compile(r"[.!?:;]\s*$")


def continues_item(item: str, paragraph: str) -> bool:
    """True when ``paragraph`` is the rest of ``item``, not a new block of text."""
    text = paragraph.strip()
    if not text or LEAD_IN.search(text) or FINISHED.search(item) or percent_share(text):
        return False
    return text[0].islower() or bool(_UNFINISHED.search(item)) or item.count("(") > item.count(")")


# A prose paragraph between list items: a whole sentence, not a wrapped item's tail or a lead-in.
_STATEMENT = re.compile(r"^[A-Z][^:]*[.!]$")
MIN_STATEMENT_WORDS = 8
# "The following duties are illustrative …", "Duties include, but are not limited to …": about the list.
_ABOUT_THE_LIST = re.compile(
    r"\b(?:following|listed|below|illustrative|inclusive|not\s+limited\s+to|examples?\s+of|typical\s+of|"
    r"may\s+not\s+(?:perform|include)|click|link)\b",
    re.I,
)


# "We expect the roles and responsibilities of this position to evolve …", "Our team builds …": a
# sentence whose subject is the employer, or that talks about the responsibilities as a whole, introduces
# the list; "You will be responsible for designing …" states a duty.
_ABOUT_THE_ROLE = re.compile(r"^\W*(?:we|our|us)\b|\b(?:duties|responsibilities)\b", re.I)


def _is_statement(paragraph: str) -> bool:
    text = paragraph.strip()
    return (
        bool(_STATEMENT.match(text))
        and len(text.split()) >= MIN_STATEMENT_WORDS
        and not _ABOUT_THE_LIST.search(text)
        and not _ABOUT_THE_ROLE.search(text)
    )


def _group_title(paragraph: str, following: list[str], flags: list[bool], titled_before: bool = False) -> bool:
    """ "1. Regulatory Oversight:" over bulleted items: it names the group, it is not a duty.

    Once the list has titled its groups so, a later short numbered line over bullets is the next title even
    without its colon ("3. Licensing Support" after "1. Inspections:" and "2. Complaints:").
    """
    body = strip_marker(paragraph)
    if len(body.split()) > GROUP_TITLE_WORDS or not following or not flags[0]:
        return False
    if LEAD_IN.search(body):
        return True
    # Bulleted items follow (not the next numbered line), and the line is a name, not a sentence.
    numbered = _NUMBERED_LINE.match(paragraph) is not None
    return titled_before and numbered and not _NUMBERED_LINE.match(following[0]) and not body.rstrip().endswith(".")


def _percentage_items(paragraphs: list[str], marks: list[bool]) -> list[str]:
    """Duties of a percentage-of-time layout: each group's bullets, or the group's own line."""
    groups: list[list[tuple[str, bool]]] = [[]]
    for paragraph, mark in zip(paragraphs, marks, strict=True):
        if percent_share(paragraph):
            groups.append([])
            # "20% • Maintains …": the first bullet of the group printed on the percentage's line.
            rest = PERCENT_LEAD.sub("", paragraph, count=1).strip()
            if rest:
                groups[-1].append((rest, mark or has_marker(rest)))
        else:
            groups[-1].append((paragraph, mark))
    items: list[str] = []
    for members in groups:
        if not members:
            continue
        group = [p for p, _ in members]
        flags = [f for _, f in members]
        if any(flags):
            items.extend(_listed_items(group, flags, intro=False))
        else:
            # "5% Perform other staff assignments as appropriate and required.": the group is one duty,
            # its wrapped lines and clauses together (a clause run splits as in prose).
            items.extend(prose_items([" ".join(p.strip() for p in group if not LEAD_IN.search(p))]))
    return items


_ITEM_JOIN = re.compile(r"\s*;\s*(?:and|or)?\s*$", re.I)


def _clean(text: str) -> str:
    """An item without its marker and without the "; and" that joined it to the next one."""
    return _ITEM_JOIN.sub("", strip_marker(text))
