"""Remove what carries no content: page-turn markers, print stamps, routing lines, file paths.

A web page's navigation row ("Salary Schedule | MOU | Benefits", "Home > Careers > Jobs") is site
chrome: it is set apart with the page headers and footers, so the record still shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import is_date_only
from .lines import Line
from .prechecks import may_contain
from .text_cache import DEFAULT_SIZE, MAX_CACHED_CHARS
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
    verdicts = _verdicts(vocab)
    known = verdicts.get  # a local name: this runs once per line of every document
    for line in lines:
        text = line.text
        if line.region != "body":
            if text and not vocab.is_boilerplate(text):
                furniture.append(line)
            continue
        if not text:
            body.append(line)
            continue
        verdict = known(text)
        if verdict is None:
            verdict = _remember_verdict(text, vocab, verdicts)
        if verdict == _CONTENT:
            body.append(line)
        elif verdict == _NAVIGATION:
            furniture.append(line)
            body.append(_blanked(line))
        else:  # no word at all, or the vocabulary's boilerplate
            dropped.append(line)
            body.append(_blanked(line))
    _drop_print_stamps(body, dropped)
    return Cleaned(body=body, furniture=furniture, dropped=dropped)


# Separators between the links of a navigation row, and of a breadcrumb trail.
_LINK_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+")
_CRUMB_SEPARATOR = re.compile(r"\s+[>\u00bb\u203a]\s+")
# A row of links has at least this many; each a few words long.
MIN_NAV_LINKS = 3
MAX_NAV_LINK_WORDS = 4
MAX_NAV_LINK_CHARS = 40
# Words that site menus and breadcrumbs are made of (a row of them is no job content). A row of
# other short items ("Full-time | Permanent | Exempt") is a posting's own summary and stays.
NAV_WORDS = frozenset(
    (
        "home", "careers", "career", "jobs", "job", "search", "benefits", "benefit", "salary", "salaries",
        "schedule", "schedules", "mou", "mous", "contact", "about", "apply", "login", "log", "sign",
        "register", "menu", "faq", "faqs", "help", "news", "events", "departments", "services",
        "employment", "opportunities", "resources", "sitemap", "privacy", "accessibility", "terms",
        "share", "print", "email", "facebook", "twitter", "linkedin", "youtube", "instagram",
        "specifications", "descriptions", "classifications", "exams", "examinations", "postings",
        "openings", "unions", "agreements", "relations", "policies", "translate", "calendar",
    )
)  # fmt: skip
_ALNUM = re.compile(r"[^\W_]")
_NOT_LINK = re.compile(r"[:$;.!?]$|\d|:\s")


# A careers site's buttons, printed with the page: a line of nothing else is no content ("Apply" alone
# may head a posting's how-to-apply section, so only the button's longer wordings count).
_SITE_ACTION = re.compile(
    r"\W*(apply\s+(now|online|for\s+this\s+(job|position))|sign\s+in|log\s*in|sign\s+up|share(\s+this\s+(job|page))?"
    r"|save(\s+this)?\s+job|email\s+this\s+job|back\s+to\s+(search\s+)?results|view\s+all\s+jobs"
    r"|(find\s+)?similar\s+jobs|accept(\s+all)?\s+cookies|reject\s+all|cookie\s+settings)\W*",
    re.I,
)


# A cookie banner printed with the page ("This website uses cookies to ...", "We use cookies ...").
_COOKIE_NOTICE = re.compile(r"\b(?:(?:this|our)\s+(?:web\s*)?site\s+uses|we\s+use)\s+cookies\b", re.I)
MAX_COOKIE_NOTICE_CHARS = 400


# What a body line is before the vocabulary's boilerplate test: content, site navigation or no word at all.
_CONTENT, _NAVIGATION, _NO_WORD = 0, 1, 2


def _line_kind(text: str) -> int:
    if is_navigation(text):
        return _NAVIGATION
    return _CONTENT if _ALNUM.search(text) else _NO_WORD


# A content line the vocabulary calls boilerplate ("Page 2 of 3", a file path): dropped.
_BOILERPLATE = 3
# What each body line text was found to be for one vocabulary (its kind, or boilerplate): asked of every
# line, and an employer's documents repeat most of theirs. A pure function of the text for that
# vocabulary, remembered here: a repeated line costs one dict look-up where it cost the kind's memo and
# then the vocabulary's, and a new one is read once (the kind is no longer remembered apart).
# The vocabulary the memo answers for, and the memo. Replaced whole (never cleared) when another
# vocabulary comes: a parse that is still running with the old one, in another thread, goes on filling
# its own memo and never writes an answer of its vocabulary into the new one's.
_VERDICTS: tuple[Vocabulary, dict[str, int]] | None = None


def _verdicts(vocab: Vocabulary) -> dict[str, int]:
    global _VERDICTS
    held = _VERDICTS
    if held is None or held[0] is not vocab:
        held = _VERDICTS = (vocab, {})  # another vocabulary (a user's file) may call other lines boilerplate
    return held[1]


def _remember_verdict(text: str, vocab: Vocabulary, verdicts: dict[str, int]) -> int:
    kind = _line_kind(text)
    verdict = _BOILERPLATE if kind == _CONTENT and vocab.is_boilerplate(text) else kind
    if len(text) <= MAX_CACHED_CHARS:
        if len(verdicts) >= DEFAULT_SIZE:
            verdicts.clear()
        verdicts[text] = verdict
    return verdict


def is_navigation(text: str) -> bool:
    """A row of site links ("Home | Careers | Benefits"), a breadcrumb trail ("Home > Careers > Jobs") or
    a site's button ("Apply now »", "Sign in") on a line of its own, or its cookie banner."""
    if _SITE_ACTION.fullmatch(text):
        return True
    if len(text) <= MAX_COOKIE_NOTICE_CHARS and may_contain(text, ("cookies",)) and _COOKIE_NOTICE.search(text):
        return True
    # Without a separator's own character a line is one part, no row (most lines): tested before the split.
    for separator, present, minimum in (
        (_LINK_SEPARATOR, "|" in text or "\u00b7" in text or "\u2022" in text, MIN_NAV_LINKS),
        (_CRUMB_SEPARATOR, ">" in text or "\u00bb" in text or "\u203a" in text, 2),
    ):
        if not present:
            continue
        parts = [part.strip() for part in separator.split(text.strip())]
        if len(parts) < minimum or not all(_link_like(part) for part in parts):
            continue
        navigational = sum(1 for part in parts if NAV_WORDS.intersection(re.findall(r"[a-z]+", part.lower())))
        if navigational * 2 >= len(parts):
            return True
    return False


def _link_like(part: str) -> bool:
    """A link's text: a few words, starting with a capital, no figures, no sentence or field."""
    words = part.split()
    return (
        0 < len(words) <= MAX_NAV_LINK_WORDS
        and len(part) <= MAX_NAV_LINK_CHARS
        and part[:1].isupper()
        and not _NOT_LINK.search(part)
    )


def _blanked(line: Line) -> Line:
    """``replace(line, text="", bold=False, heading_level=None, list_item=False)``, built directly (a
    tenth of the time: ``dataclasses.replace`` inspects the fields on every call)."""
    return Line("", line.page, False, None, False, line.region, line.number)


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
