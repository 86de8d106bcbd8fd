"""From rows of every page to Lines: running headers/footers, paragraph gaps, heading hints, hyphens."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from statistics import median

from ...lines import Line, Region
from .labels import label_column_rows
from .layout import PageText, Row, page_rows

# Running headers/footers live in the top/bottom share of the page ...
FURNITURE_ZONE = 0.12
# ... among the first/last few rows of the page ...
FURNITURE_MAX_ROWS = 3
# ... and repeat (modulo digits: "Page 3 of 5") on at least this share of the pages, and on two or more.
FURNITURE_MIN_SHARE = 0.5
# A one-page PDF's footer: a last row in the bottom zone, no longer than this, at least this many
# font sizes below the row above it.
LONE_FOOTER_MAX_CHARS = 100
LONE_FOOTER_GAP_EM = 4.0
# A paragraph break: the baseline-to-baseline step is this much larger than the document's usual
# step for that font size.
PARAGRAPH_GAP_RATIO = 1.4
# A page whose last body line ends with one of these closes its paragraph.
PAGE_END_PUNCTUATION = (".", ":", ";", "!", "?")
# Line steps above this many font sizes are not ordinary line spacing and stay out of the median.
MAX_SPACING_EM = 3.0
# Used when a document has too few line pairs to measure its own spacing (1.2 em is the common leading).
DEFAULT_SPACING_EM = 1.2
# A font this much larger than the body size makes a heading hint; longer "lines" are prose set large.
HEADING_SIZE_RATIO = 1.15
MAX_HEADING_CHARS = 120
# A line ending like this stops mid-sentence: the next line carries on the same sentence ...
_MID_SENTENCE = re.compile(r"[a-z,]$")
# ... and a bold line of more words than this ending in a lower-case word is a sentence set bold (a
# heading wrapped over two lines, "Knowledge, Skills" over "and Abilities", is shorter).
_RUNNING_ON = re.compile(r"[a-z]$")
MAX_BOLD_HEADING_WORDS = 6

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
# Word and LibreOffice draw bullets with Symbol/Wingdings glyphs that map to the private use area.
_BULLET_GLYPHS = re.compile("[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\u25aa\u25cf]")
# Third-level items of a 1./a./i. outline carry roman markers ("ii.", "iv)") up to xii.
_LIST_MARKER = re.compile(r"^(?:[•◦▪‣∙○■□➢►✓✔\-*]\s|\(?(?:\d{1,2}|[a-z]|x?(?:i{1,3}|iv|vi{0,3}|ix|x))[.)]\s)")
_HYPHENATED_END = re.compile(r"[^\W\d_][-\u2010\u00ad]$")
_LINE_END_HYPHENS = "-\u2010\u00ad\n"  # a last character _HYPHENATED_END can match before
# A hyphen after one of these prefixes is part of the word ("non-routine" in the Alameda spec,
# "self-motivated"), so the word is rejoined with its hyphen kept.
_KEPT_HYPHEN_PREFIX = re.compile(r"(?:^|[\s(/])(?:non|self|well|full|part|semi|multi|cross|ex|anti|half)-$", re.I)
# "high-level", "large-scale", "low-income" keep theirs when a whole word follows; "high-er" and
# "small-est" are one word broken by the typesetter.
_COMPOUND_PREFIX = re.compile(r"(?:^|[\s(/])(?:high|low|large|small)-$", re.I)
MIN_COMPOUND_TAIL = 4


def assemble(pages: list[PageText]) -> list[Line]:
    """Turn every page's rows into Lines in reading order, with furniture and paragraph breaks marked."""
    page_rows_list = [_rows(page) for page in pages]
    regions = _furniture(pages, page_rows_list)
    spacing = _spacing_em(page_rows_list)
    bodies = [_body_size(rows) for rows in page_rows_list]
    heading_sizes = _heading_sizes(page_rows_list, bodies)
    lines: list[Line] = []
    last_text = ""  # the last body line so far, over page boundaries
    for page, rows, page_regions, body in zip(pages, page_rows_list, regions, bodies, strict=True):
        previous: Row | None = None
        for row, region in zip(rows, page_regions, strict=True):
            if region != "body":
                lines.append(Line(text=row.text, page=page.number, region=region))
                continue
            if previous is None:
                # No gap to measure across a page turn: a finished sentence ends the paragraph.
                if last_text.endswith(PAGE_END_PUNCTUATION):
                    lines.append(Line(text="", page=page.number))
            elif _paragraph_gap(previous, row, spacing) and not (previous.field and row.field):
                lines.append(Line(text="", page=page.number))
            lines.append(_line(row, page.number, heading_sizes if row.size >= HEADING_SIZE_RATIO * body else []))
            previous = row
            last_text = row.text
    return join_hyphenated(_bold_prose(lines))


def _bold_prose(lines: list[Line]) -> list[Line]:
    """Bold that marks emphasis in running text is no heading.

    A list item printed half bold ("3. For information regarding reciprocity between the City of" over
    a bold "Los Angeles departments and LADWP, go to") continues its sentence on the bold row; so does
    a paragraph set bold ("After meeting minimum qualifications, and in accordance with" / ... /
    "following:"). A line stopping mid-sentence hands its sentence to the next line of the paragraph.
    """
    out = list(lines)
    for above, below in pairwise(range(len(out))):
        first, second = out[above], out[below]
        if not (first.text and second.text and second.bold) or first.region != "body" or second.region != "body":
            continue
        if _words(first.text) <= MAX_BOLD_HEADING_WORDS:
            continue  # "State of California" over a bold "Office of Data and Innovation": a title block
        if not first.bold and _MID_SENTENCE.search(first.text):
            out[below] = replace(second, bold=False)
        elif first.bold and _RUNNING_ON.search(first.text):
            out[above] = replace(first, bold=False)
            out[below] = replace(second, bold=False)
    return out


def _words(text: str) -> int:
    """Words with letters: a dotted leader ("Essay . . . . Advisory") is two words, not forty."""
    return sum(1 for word in text.split() if any(char.isalpha() for char in word))


def _rows(page: PageText) -> list[Row]:
    """A page's rows in reading order: a label-column page by its labels, any other by its columns."""
    labelled = label_column_rows(page.segments)
    return labelled if labelled is not None else page_rows(page)


def _line(row: Row, page: int, heading_sizes: list[float]) -> Line:
    text = _BULLET_GLYPHS.sub("•", row.text)
    level = None
    if len(text) <= MAX_HEADING_CHARS:
        for index, size in enumerate(heading_sizes):
            if abs(row.size - size) < 0.5:
                level = min(index + 1, 6)
                break
    return Line(
        text=text,
        page=page,
        bold=row.bold,
        heading_level=level,
        list_item=bool(_LIST_MARKER.match(text)),
    )


def _key(text: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("#", text)).strip().lower()


def _furniture(pages: list[PageText], rows_per_page: list[list[Row]]) -> list[list[Region]]:
    """Mark rows repeated near the top/bottom of several pages as running headers/footers."""
    regions: list[list[Region]] = [["body"] * len(rows) for rows in rows_per_page]
    if len(pages) < 2:
        # One page gives nothing to compare with; only a short last row standing alone in the bottom
        # margin, far below the text ("Rev. 3/15/21 • Class 1516"), is taken as its footer.
        if pages and rows_per_page[0]:
            lone = _lone_footer(pages[0], rows_per_page[0])
            if lone is not None:
                regions[0][lone] = "footer"
        return regions
    candidates: list[list[tuple[int, Region, str]]] = []
    seen: Counter[tuple[Region, str]] = Counter()
    for page, rows in zip(pages, rows_per_page, strict=True):
        found: list[tuple[int, Region, str]] = []
        by_top = sorted(range(len(rows)), key=lambda i: rows[i].top)
        for index in by_top[:FURNITURE_MAX_ROWS]:
            if rows[index].bottom <= FURNITURE_ZONE * page.height:
                found.append((index, "header", _key(rows[index].text)))
        for index in by_top[-FURNITURE_MAX_ROWS:]:
            if rows[index].top >= (1 - FURNITURE_ZONE) * page.height:
                found.append((index, "footer", _key(rows[index].text)))
        candidates.append(found)
        seen.update({(region, key) for _, region, key in found})
    needed = max(2, math.ceil(FURNITURE_MIN_SHARE * len(pages)))
    for page_regions, found in zip(regions, candidates, strict=True):
        for index, region, key in found:
            if seen[(region, key)] >= needed:
                page_regions[index] = region
    return regions


def _lone_footer(page: PageText, rows: list[Row]) -> int | None:
    by_top = sorted(range(len(rows)), key=lambda i: rows[i].top)
    if len(by_top) < 2:
        return None
    last, above = rows[by_top[-1]], rows[by_top[-2]]
    if last.top < (1 - FURNITURE_ZONE) * page.height or len(last.text) > LONE_FOOTER_MAX_CHARS:
        return None
    if last.top - above.bottom < LONE_FOOTER_GAP_EM * max(last.size, 1.0):
        return None
    return by_top[-1]


def _spacing_em(rows_per_page: list[list[Row]]) -> float:
    """The document's usual baseline step in font sizes, measured between same-size neighbours."""
    steps: list[float] = []
    for rows in rows_per_page:
        for above, below in pairwise(rows):
            if above.block != below.block or abs(above.size - below.size) > 0.1 * above.size:
                continue
            step = (below.bottom - above.bottom) / max(above.size, 1.0)
            if 0 < step <= MAX_SPACING_EM:
                steps.append(step)
    return median(steps) if len(steps) >= 3 else DEFAULT_SPACING_EM


def _paragraph_gap(above: Row, below: Row, spacing_em: float) -> bool:
    step = below.bottom - above.bottom
    if step <= 0:
        return False  # the next column starts higher up: no gap to measure
    # Between a large title and body text the usual step is somewhere between their two leadings.
    return step > PARAGRAPH_GAP_RATIO * spacing_em * (above.size + below.size) / 2


def _body_size(rows: list[Row]) -> float:
    """The font size carrying most characters on a page (LA bulletins change it between pages)."""
    weights: Counter[float] = Counter()
    for row in rows:
        weights[_rounded(row.size)] += len(row.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _rounded(size: float) -> float:
    return round(size * 2) / 2


def _heading_sizes(rows_per_page: list[list[Row]], bodies: list[float]) -> list[float]:
    """Font sizes clearly above their page's body size (``bodies``, per page), largest first: index 0
    is heading level 1."""
    sizes: set[float] = set()
    for rows, body in zip(rows_per_page, bodies, strict=True):
        sizes.update(_rounded(row.size) for row in rows if body and row.size >= HEADING_SIZE_RATIO * body)
    return sorted(sizes, reverse=True)


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """Rejoin a word split at a line end ("classifi-" / "cation ...") onto the first line.

    Only a letter followed by a hyphen, with the next body line starting in lower case: "Ex-" before
    "Officio" or "A -" before a list stay as printed. A soft hyphen and a real one look the same in a
    PDF, so common prefixes keep theirs. Running headers between the two are skipped.
    """
    out = list(lines)
    for index, line in enumerate(out):
        # The pattern ends in a hyphen before "$" (the end, or a last newline): most lines end in
        # neither, and a slice test costs a fraction of a regex search.
        if line.text[-1:] not in _LINE_END_HYPHENS or line.region != "body" or not _HYPHENATED_END.search(line.text):
            continue
        following = next((j for j in range(index + 1, len(out)) if out[j].region == "body"), None)
        if following is None:
            continue
        nxt = out[following]
        if not nxt.text[:1].islower():
            continue
        word, _, rest = nxt.text.partition(" ")
        compound = _COMPOUND_PREFIX.search(line.text) and len(word.rstrip(".,;:")) >= MIN_COMPOUND_TAIL
        kept = line.text if _KEPT_HYPHEN_PREFIX.search(line.text) or compound else line.text[:-1]
        out[index] = _with_text(line, kept + word)
        out[following] = _with_text(nxt, rest.lstrip())
    # A line whose only word moved up is gone, not a paragraph break.
    return [line for line, original in zip(out, lines, strict=True) if line.text or not original.text]


def _with_text(line: Line, text: str) -> Line:
    return replace(line, text=text)
