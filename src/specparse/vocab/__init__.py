"""The heading vocabulary: loads the TOML data, merges a user's file, and maps heading text to keys."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, get_args

from ..errors import VocabularyError
from ..models import SectionKey
from ..text_cache import MAX_CACHED_CHARS
from .fuzzy import fuzzy, signature
from .meaning import EMPLOYER, NOTHING, MeaningTables, Reading, build_tables

SECTION_KEYS: frozenset[str] = frozenset(get_args(SectionKey))

# "I.", "A.", "3)", "(b)", "IV -" and "Section 2:" before a heading are outline numbering, not words.
_OUTLINE_NUMBER = re.compile(
    r"^\s*(section\s+)?(\(?([ivxlc]{1,5}|[a-z]|\d{1,2})[.):]|\(([ivx]{1,4}|[a-z]|\d{1,2})\))\s*", re.I
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Two-letter typos in a long heading ("MIMINUMUM QUALIFICATION", "SELELCTION PROCESS") are still
# that heading; short headings must match exactly or they would swallow ordinary words.
FUZZY_MIN_LENGTH = 9
# Words that qualify a heading without changing what it is: "Typical Qualifications", "Qualification
# Guidelines", "Examples of Work (Illustrative Only)", "Duties and Responsibilities Include".
_QUALIFIER_WORDS = frozenset(
    {"typical", "guideline", "illustrative", "only", "required", "include", "performed", "summary", "the", "general"}
)
_FILLER_WORDS = frozenset({"and", "or", "of", "the", "for", "to", "in", "a", "an"})
# The [meaning] table's lists: see meaning.py.
_MEANING_LISTS = (
    "filler",
    "employer",
    "pitch",
    "openers",
    "title_words",
    "combine",
    "outranks",
    "endings",
    "ending_skip",
)
LOOKUP_MEMO_SIZE = 20_000
# Blocks a heading can name alongside its main subject, each counting as a headed block of its own kind
# (LABELS.md: a heading counts for a key when it names that kind of block; knowledge, skills or
# abilities "alone or combined").
_COMPETENCY_KEYS = frozenset({"knowledge", "skills", "abilities", "knowledge_skills_abilities"})
COMPANION_KEYS = frozenset({"salary", "benefits", "knowledge", "skills", "abilities", "knowledge_skills_abilities"})


def normalise_heading(text: str) -> str:
    """Fold a heading to lower-case words without numbering, punctuation or plural endings."""
    text = _OUTLINE_NUMBER.sub("", text.strip())
    text = text.lower().replace("&", " and ").replace("’", "'")
    text = text.replace("'s", "s")
    words = _NON_WORD.sub(" ", text).split()
    return " ".join(_singular(word) for word in words)


def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s"):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Vocabulary:
    """Canonical keys with their normalised aliases, plus the boilerplate and connector word lists."""

    aliases: dict[str, str]  # normalised alias -> key
    compact: dict[str, str]  # the alias with its spaces removed -> key
    bags: dict[frozenset[str], str]  # the alias's words in any order -> key (only where unambiguous)
    boilerplate: tuple[re.Pattern[str], ...]
    connectors: frozenset[str]
    acronyms: frozenset[str]
    # The word-based classifier for headings no alias names (see meaning.py).
    meaning: MeaningTables | None = field(default=None, compare=False, repr=False)
    # All boilerplate patterns as one alternation: one regex call per line instead of one per pattern.
    _any_boilerplate: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    # Memo of heading text -> its Reading: a batch sees the same few hundred headings over and over.
    _memo: dict[str, Reading] = field(default_factory=dict, compare=False, repr=False)
    # Memo of line text -> whether it is boilerplate: every line of every document asks, and an
    # employer's documents repeat most of their lines.
    _boilerplate_memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # Memo of (heading, key) -> the further blocks it names: every section of every document asks.
    _companions: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    # Memo of line text -> whether it is a connector word: asked of every heading candidate.
    _connector_memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # Fuzzy candidates grouped by the shape a typo keeps (see fuzzy.signature), built on first use.
    _by_signature: dict[tuple[tuple[str, str], ...], dict[str, str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def lookup(self, heading: str) -> str | None:
        """The canonical key for a heading, or None when the vocabulary does not know it."""
        return self._reading(heading).key

    def sure(self, heading: str) -> str | None:
        """The key when every word of the heading is accounted for: an alias, or a wording whose words
        all name or frame its subject ("Key Responsibilities"), not "Assessment of Software Needs"."""
        reading = self._reading(heading)
        return reading.key if reading.exact else None

    def headed(self, heading: str) -> str | None:
        """The key when the heading ends in its subject ("Special Certifications and Licenses"), not
        when unknown words follow it ("Assessment of Software Needs")."""
        reading = self._reading(heading)
        return reading.key if reading.exact or reading.headed else None

    def _reading(self, heading: str) -> Reading:
        found = self._memo.get(heading)
        if found is None:
            found = _remember(self._memo, heading, heading, self._lookup(heading))
        return found

    def _lookup(self, heading: str) -> Reading:
        norm = normalise_heading(heading)
        if not norm:
            return NOTHING
        key = self._by_alias(heading, norm)
        if key is not None:
            return Reading(key, exact=True)
        if self.meaning is None:
            return NOTHING
        reading = self.meaning.classify(norm, heading)
        return NOTHING if reading.key == EMPLOYER else reading

    def _by_alias(self, heading: str, norm: str) -> str | None:
        key = self.aliases.get(norm)
        if key is None and len(norm) >= FUZZY_MIN_LENGTH:
            key = fuzzy(norm, self._fuzzy_candidates(norm))
        if key is None:
            key = self.compact.get(norm.replace(" ", ""))  # "ANNUALSALARY" from a PDF with lost spaces
        if key is None:
            key = self.bags.get(_bag(norm))  # "Education, Experience and Training" in any order
        if key is None:
            plain = " ".join(w for w in norm.split() if w not in _QUALIFIER_WORDS)
            if plain and plain != norm:
                key = self.aliases.get(plain) or self.bags.get(_bag(plain))
        if key is None and "/" in heading:
            # "REQUIREMENTS/MINIMUM REQUIREMENTS": both halves name the same section; when they name
            # two ("Working Conditions/Physical Requirements") the first one leads.
            keys = [self.lookup(part) for part in heading.split("/") if part.strip()]
            key = keys[0] if keys and all(keys) else None
        return key

    def subject(self, heading: str) -> str | None:
        """The one block a sentence's words name, however many other words it has ("The tasks you may be
        given could include"); None when they name none or several."""
        key = self.lookup(heading)
        if key is not None or self.meaning is None:
            return key
        found = self.meaning.subjects(normalise_heading(heading))
        return found[0] if len(found) == 1 else None

    def companions(self, heading: str, key: str) -> tuple[str, ...]:
        """Further blocks a heading names besides ``key``, among those a heading may name alongside
        another: pay and benefits ("Benefits and Compensation"), knowledge, skills and abilities
        ("Preferred Skills", "Person Specification - Competences/Skills Required")."""
        if self.meaning is None or key == "other":
            return ()
        memo_key = (heading, key)
        found = self._companions.get(memo_key)
        if found is None:
            found = _remember(self._companions, memo_key, heading, self._find_companions(heading, key))
        return found

    def _find_companions(self, heading: str, key: str) -> tuple[str, ...]:
        assert self.meaning is not None
        norm = normalise_heading(heading)
        if not self.meaning.cues.intersection(norm.split()):
            return ()
        competency = key in _COMPETENCY_KEYS
        return tuple(
            other
            for other in self.meaning.subjects(norm)
            if other != key and other in COMPANION_KEYS and not (competency and other in _COMPETENCY_KEYS)
        )

    def about_employer(self, heading: str) -> bool:
        """The heading is about the employer, its team or department ("About us", "Who we are")."""
        if self.meaning is None or self.lookup(heading) is not None:
            return False
        return self.meaning.classify(normalise_heading(heading), heading).key == EMPLOYER

    def _fuzzy_candidates(self, norm: str) -> dict[str, str]:
        """Only aliases a typo of ``norm`` could be: same word count, first letters and endings."""
        if not self._by_signature:
            for alias, key in self.aliases.items():
                if len(alias) >= FUZZY_MIN_LENGTH - 2:
                    self._by_signature.setdefault(signature(alias), {})[alias] = key
        return self._by_signature.get(signature(norm), {})

    def is_boilerplate(self, text: str) -> bool:
        found = self._boilerplate_memo.get(text)
        if found is None:
            if self._any_boilerplate is not None:
                found = self._any_boilerplate.fullmatch(text) is not None
            else:
                found = any(pattern.fullmatch(text) for pattern in self.boilerplate)
            _remember(self._boilerplate_memo, text, text, found)
        return found

    def is_connector(self, text: str) -> bool:
        found = self._connector_memo.get(text)
        if found is None:
            connectors = self.connectors
            found = _NON_WORD.sub(" ", text.lower()).strip() in connectors or text.strip().lower() in connectors
            _remember(self._connector_memo, text, text, found)
        return found


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, text: str, value: _V) -> _V:
    """Keep ``value`` in one of a vocabulary's memos, within bounds: at most ``LOOKUP_MEMO_SIZE`` entries
    (emptied when full), and nothing for a text longer than ``MAX_CACHED_CHARS`` (a page-long line is
    never asked about again), as ``text_cache`` bounds its caches."""
    if len(text) <= MAX_CACHED_CHARS:
        if len(memo) >= LOOKUP_MEMO_SIZE:
            memo.clear()
        memo[key] = value
    return value


def _bag(norm: str) -> frozenset[str]:
    return frozenset(norm.split()) - _FILLER_WORDS


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{origin}: not valid TOML ({exc})") from exc


def _merge(base: dict[str, Any], extra: dict[str, Any], origin: str) -> None:
    for table, body in extra.items():
        if not isinstance(body, dict):
            raise VocabularyError(f"{origin}: [{table}] must be a table")
        for list_name in ("aliases", "words", "weak", "patterns", *_MEANING_LISTS):
            values = body.get(list_name, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise VocabularyError(f"{origin}: [{table}] {list_name} must be a list of strings")
        if table not in SECTION_KEYS and table not in {"connectors", "boilerplate", "acronyms", "meaning"}:
            raise VocabularyError(
                f"{origin}: unknown section key [{table}]; keys are {', '.join(sorted(SECTION_KEYS))}"
            )
        target = base.setdefault(table, {})
        for list_name, values in body.items():
            target.setdefault(list_name, [])
            target[list_name] = [*target[list_name], *values]


def _build(data: dict[str, Any], origin: str) -> Vocabulary:
    aliases: dict[str, str] = {}
    for key in SECTION_KEYS:
        for alias in data.get(key, {}).get("aliases", []):
            aliases.setdefault(normalise_heading(alias), key)
    try:
        boilerplate = tuple(re.compile(p, re.I) for p in data.get("boilerplate", {}).get("patterns", []))
    except re.error as exc:
        raise VocabularyError(f"{origin}: bad boilerplate pattern ({exc})") from exc
    connectors = frozenset(w.lower() for w in data.get("connectors", {}).get("words", []))
    acronyms = frozenset(data.get("acronyms", {}).get("words", []))
    compact = {alias.replace(" ", ""): key for alias, key in aliases.items() if " " in alias}
    bag_keys: dict[frozenset[str], set[str]] = {}
    for alias, key in aliases.items():
        if len(_bag(alias)) > 1:
            bag_keys.setdefault(_bag(alias), set()).add(key)
    bags = {bag: next(iter(keys)) for bag, keys in bag_keys.items() if len(keys) == 1}
    return Vocabulary(
        aliases=aliases,
        compact=compact,
        bags=bags,
        boilerplate=boilerplate,
        connectors=connectors,
        acronyms=acronyms,
        meaning=build_tables(data, SECTION_KEYS, normalise_heading, origin, VocabularyError),
        _any_boilerplate=_alternation(boilerplate),
    )


def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """The patterns joined as one; None when a user's pattern cannot be joined (a backreference)."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.I)
    except re.error:
        return None


def vocabulary_data() -> dict[str, Any]:
    """The built-in vocabulary as read from its TOML file (a fresh copy to change and rebuild)."""
    default_text = resources.files(__package__).joinpath("headings.toml").read_text("utf-8")
    return _read_toml(default_text, "built-in vocabulary")


def build_vocabulary(data: dict[str, Any], origin: str = "vocabulary data") -> Vocabulary:
    """A vocabulary from TOML-shaped data (benchmarks rebuild it with some aliases taken out)."""
    return _build(data, origin)


@lru_cache(maxsize=8)
def load_vocabulary(extra_path: str | None = None) -> Vocabulary:
    """The built-in vocabulary, extended by the user's TOML file at ``extra_path`` when given."""
    data = vocabulary_data()
    if extra_path is not None:
        try:
            extra_text = Path(extra_path).read_text("utf-8")
        except OSError as exc:
            raise VocabularyError(f"{extra_path}: {exc.strerror or exc}") from exc
        _merge(data, _read_toml(extra_text, extra_path), extra_path)
    return _build(data, extra_path or "built-in vocabulary")
