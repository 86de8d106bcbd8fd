"""Header facts from the document's own metadata (front matter, ``<meta>``): title, employer, dates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..dates import parse_stamp
from ..vocab import Vocabulary
from .title import metadata_title

# Keys as Jekyll/Hugo posts, schema.org JobPosting microdata and Open Graph spell them (lower-cased).
# A post's "title" first ("TTS - Diversity, Equity, Inclusion & Accessibility Technology Advisor", its team
# prefix cut below); a key naming the role may abbreviate it ("role_name: DEI&A Technology Advisor").
TITLE_KEYS = (
    "title",
    "job_title",
    "job-title",
    "jobtitle",
    "role_name",
    "role-name",
    "position_title",
    "position-title",
    "position",
)
# A web page's Open Graph title and <title> are often the site's ("Job Details | Site Name", "City of X -
# Official Website"): used only when the page's own heading gives no title.
PAGE_TITLE_KEYS = ("og:title", "twitter:title", "html:title")
EMPLOYER_KEYS = (
    "company",
    "org",
    "organization",
    "organisation",
    "employer",
    "hiringorganization",
    "hiring_organization",
    "hiring-organization",
    "hiringorganization.name",
    "hiring_organization.name",
    "agency",
)
# A post's "date:" is the day it was published, i.e. the posting's open date.
OPEN_KEYS = (
    # "opens: 'July 15, 2019'": the posting's own opening date beats the day it was posted.
    "opens",
    "open-date",
    "open_date",
    "opening-date",
    "opening_date",
    "post-date",
    "post_date",
    "posted",
    "date-posted",
    "date_posted",
    "dateposted",
    "posting-date",
    "posting_date",
    "published",
    "article:published_time",
    "date",
)
CLOSING_KEYS = ("closing", "closing-date", "closing_date", "close-date", "closes", "deadline", "apply-by", "apply_by")


@dataclass(slots=True)
class MetadataFacts:
    title: str | None = None
    page_title: str | None = None
    employer: str | None = None
    dates: dict[str, date] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # fact name → the metadata key it came from


def read_metadata(metadata: Mapping[str, str], vocab: Vocabulary) -> MetadataFacts:
    facts = MetadataFacts()
    key = _first_key(metadata, TITLE_KEYS)
    if key:
        facts.title, suffix_employer = metadata_title(metadata[key], vocab)
        facts.keys["title"] = key
        if suffix_employer:
            facts.employer, facts.keys["jurisdiction"] = suffix_employer, key
    # "Property Assessor Job Details | Government of Alberta": the site's name follows the bar.
    for page in (key for key in PAGE_TITLE_KEYS if metadata.get(key, "").strip()):
        facts.page_title, _ = metadata_title(metadata[page].split(" | ")[0], vocab)
        if facts.page_title:
            break
    key = _first_key(metadata, EMPLOYER_KEYS)
    if key:
        facts.employer, facts.keys["jurisdiction"] = metadata[key], key
    if facts.title and facts.employer:
        facts.title = _without_employer_prefix(facts.title, facts.employer)
    for kind, keys in (("open", OPEN_KEYS), ("closing", CLOSING_KEYS)):
        for candidate in keys:
            parsed = parse_stamp(metadata[candidate]) if candidate in metadata else None
            if parsed:
                facts.dates[kind], facts.keys[kind] = parsed, candidate
                break
    return facts


def _without_employer_prefix(title: str, employer: str) -> str:
    """'18F - Content Strategist' with 'org: 18F' is the title 'Content Strategist'; so is 'TTS - Advisor'
    with 'org: Technology Transformation Services' (the prefix is the employer's initials)."""
    initials = "".join(word[0] for word in employer.split() if word[:1].isupper())
    for separator in (" - ", " – ", " — ", ": ", " | "):
        head, found, tail = title.partition(separator)
        if found and tail.strip() and head.strip().lower() in (employer.strip().lower(), initials.lower()):
            return tail.strip()
    return title


def _first_key(metadata: Mapping[str, str], keys: tuple[str, ...]) -> str | None:
    return next((key for key in keys if metadata.get(key, "").strip()), None)


# Pay named by the metadata: a Jekyll job post's "salary_min: '79,468'" / "salary_max: '103,309'", schema.org
# JobPosting's "baseSalary" ("minValue"/"maxValue"), or one "salary:"/"pay_range:" value.
_PAY_WORDS = ("salary", "pay", "wage", "compensation")
_LOW_WORDS = ("min", "low", "from", "start")
_HIGH_WORDS = ("max", "high", "to", "top")
_CURRENCY = re.compile(r"[$£€¥]")
# An amount of money, not a grade or a step: "79,468", "$25.50", "120000" ("GS-13" is no pay figure).
_AMOUNT = re.compile(r"^\s*[$£€¥]?\s*(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d{1,3}\.\d{2})(?:\.\d{2})?\b")


def metadata_pay(metadata: Mapping[str, str]) -> str | None:
    """The pay range the metadata states, as text the salary reader understands ("$79,468 - $103,309")."""
    low = high = whole = None
    for key, value in metadata.items():
        name = key.rsplit(".", 1)[-1].replace("-", "_")
        payish = any(word in key for word in _PAY_WORDS)
        if not value.strip() or not (payish or name in {"minvalue", "maxvalue"}):
            continue
        if not _AMOUNT.match(value):
            continue
        if name == "minvalue" or (payish and any(word in name.split("_") for word in _LOW_WORDS)):
            low = low or value.strip()
        elif name == "maxvalue" or (payish and any(word in name.split("_") for word in _HIGH_WORDS)):
            high = high or value.strip()
        elif payish:
            whole = whole or value.strip()
    if low and high:
        return f"{_money(low)} - {_money(high)}"
    return _money(whole) if whole else None


def _money(value: str) -> str:
    return value if _CURRENCY.search(value) else f"${value}"
