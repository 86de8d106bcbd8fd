"""Header facts from the document's own metadata (front matter, ``<meta>``): title, employer, dates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..dates import parse_stamp
from ..vocab import Vocabulary
from .title import metadata_title

# Keys as Jekyll/Hugo posts, schema.org JobPosting microdata and Open Graph spell them (lower-cased).
TITLE_KEYS = ("title", "job_title", "job-title", "jobtitle", "position")
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
    "agency",
)
# A post's "date:" is the day it was published, i.e. the posting's open date.
OPEN_KEYS = (
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
    for kind, keys in (("open", OPEN_KEYS), ("closing", CLOSING_KEYS)):
        for candidate in keys:
            parsed = parse_stamp(metadata[candidate]) if candidate in metadata else None
            if parsed:
                facts.dates[kind], facts.keys[kind] = parsed, candidate
                break
    return facts


def _first_key(metadata: Mapping[str, str], keys: tuple[str, ...]) -> str | None:
    return next((key for key in keys if metadata.get(key, "").strip()), None)
