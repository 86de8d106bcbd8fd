"""The heading vocabulary: loads the TOML data, merges a user's file, and maps heading text to keys."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, get_args

from ..errors import VocabularyError
from ..models import SectionKey

SECTION_KEYS: frozenset[str] = frozenset(get_args(SectionKey))

# "I.", "A.", "3)", "(b)", "IV -" and "Section 2:" before a heading are outline numbering, not words.
_OUTLINE_NUMBER = re.compile(
    r"^\s*(section\s+)?(\(?([ivxlc]{1,5}|[a-z]|\d{1,2})[.):]|\(([ivx]{1,4}|[a-z]|\d{1,2})\))\s*", re.I
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Two-letter typos in a long heading ("MIMINUMUM QUALIFICATION", "SELELCTION PROCESS") are still
# that heading; short headings must match exactly or they would swallow ordinary words.
FUZZY_MIN_LENGTH = 9
FUZZY_MIN_RATIO = 0.88


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
    boilerplate: tuple[re.Pattern[str], ...]
    connectors: frozenset[str]
    acronyms: frozenset[str]

    def lookup(self, heading: str) -> str | None:
        """The canonical key for a heading, or None when the vocabulary does not know it."""
        norm = normalise_heading(heading)
        if not norm:
            return None
        key = self.aliases.get(norm)
        if key is not None or len(norm) < FUZZY_MIN_LENGTH:
            return key
        return _fuzzy(norm, self._fuzzy_candidates())

    def _fuzzy_candidates(self) -> dict[str, str]:
        return {alias: key for alias, key in self.aliases.items() if len(alias) >= FUZZY_MIN_LENGTH - 2}

    def is_boilerplate(self, text: str) -> bool:
        return any(pattern.fullmatch(text) for pattern in self.boilerplate)

    def is_connector(self, text: str) -> bool:
        return _NON_WORD.sub(" ", text.lower()).strip() in self.connectors or text.strip().lower() in self.connectors


def _fuzzy(norm: str, candidates: dict[str, str]) -> str | None:
    matches = difflib.get_close_matches(norm, candidates, n=1, cutoff=FUZZY_MIN_RATIO)
    return candidates[matches[0]] if matches else None


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{origin}: not valid TOML ({exc})") from exc


def _merge(base: dict[str, Any], extra: dict[str, Any], origin: str) -> None:
    for table, body in extra.items():
        if not isinstance(body, dict):
            raise VocabularyError(f"{origin}: [{table}] must be a table")
        for field in ("aliases", "words", "patterns"):
            values = body.get(field, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise VocabularyError(f"{origin}: [{table}] {field} must be a list of strings")
        if table not in SECTION_KEYS and table not in {"connectors", "boilerplate", "acronyms"}:
            raise VocabularyError(
                f"{origin}: unknown section key [{table}]; keys are {', '.join(sorted(SECTION_KEYS))}"
            )
        target = base.setdefault(table, {})
        for field, values in body.items():
            target.setdefault(field, [])
            target[field] = [*target[field], *values]


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
    return Vocabulary(aliases=aliases, boilerplate=boilerplate, connectors=connectors, acronyms=acronyms)


@lru_cache(maxsize=8)
def load_vocabulary(extra_path: str | None = None) -> Vocabulary:
    """The built-in vocabulary, extended by the user's TOML file at ``extra_path`` when given."""
    default_text = resources.files(__package__).joinpath("headings.toml").read_text("utf-8")
    data = _read_toml(default_text, "built-in vocabulary")
    if extra_path is not None:
        try:
            extra_text = Path(extra_path).read_text("utf-8")
        except OSError as exc:
            raise VocabularyError(f"{extra_path}: {exc.strerror or exc}") from exc
        _merge(data, _read_toml(extra_text, extra_path), extra_path)
    return _build(data, extra_path or "built-in vocabulary")
