"""Classify a heading by the words it is made of, for wordings the alias list does not hold.

Employers word the same block a hundred ways ("Principal Duties and Responsibilities", "What you'll be
doing", "The main responsibilities of the post are", "Skills We're Seeking"). Each section key lists the
words that name its subject (``words``, and ``weak`` ones that count only when no stronger word is
there); a heading's words are matched against them, longest phrase first, and the subjects found are
reconciled by the ``combine`` and ``outranks`` rules of the ``[meaning]`` table. Everything is data in
``headings.toml``, so a user's ``--vocab`` file extends it like the aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

# What classify() says of a heading about the employer, the team or the department ("About us").
EMPLOYER = "employer"
_STRONG, _WEAK, _EMPLOYER, _FILLER = "strong", "weak", "employer", "filler"
# Words that join two subjects: "Salary and Benefits", "Skills / Expertise", "Person Specification -
# Competences". A heading naming two subjects this way is led by the first; without a joint it is
# ambiguous and left alone.
# The head-noun rule is for short noun phrases ("Web Development Skills"), not sentences ending in
# a subject word ("You must attach your answer in the attachments section of your application").
MAX_HEAD_NOUN_WORDS = 4
# A heading naming more subjects than this is a catalogue ("recruitment process, eligibility, terms &
# conditions"), not one block.
MAX_SUBJECTS = 2
_JOINT = re.compile(r"\s(?:and|or|&)\s|[/,;]|\s[-\u2013\u2014]\s", re.I)


@dataclass(frozen=True, slots=True)
class _Hit:
    key: str
    tier: str
    width: int  # how many of the heading's words the phrase covered
    last: bool = False  # the phrase ends the heading (filler aside)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a heading is about, and whether every word of it was accounted for."""

    key: str | None
    exact: bool = False
    headed: bool = False  # the heading ends in a word naming its subject ("Web Development Skills")


NOTHING = Reading(None)


@dataclass(frozen=True)
class MeaningTables:
    """The word tables, each phrase a tuple of normalised words."""

    phrases: dict[tuple[str, ...], tuple[str, str]]  # phrase -> (key, tier)
    longest: dict[str, int]  # first word -> the most words a phrase starting with it has
    combine: tuple[tuple[frozenset[str], str], ...]
    outranks: tuple[tuple[str, frozenset[str]], ...]
    title_words: frozenset[str]
    pitch: tuple[tuple[str, ...], ...] = ()
    openers: frozenset[str] = frozenset()
    # First words of every subject and employer phrase: a line with none of them names nothing.
    cues: frozenset[str] = frozenset()
    # Lead-in endings -> key: "As part of the team, you will:" (duties), "The right candidate for this
    # position is:" (qualifications), "X is proud to be an equal opportunity employer". Whatever precedes.
    endings: dict[tuple[str, ...], str] = field(default_factory=dict)
    longest_ending: int = 0
    # Words a lead-in may end with after its telling words ("… possess the following", "… candidate for
    # this position is"); not "need" ("What you will need" is the requirements, not "you will").
    ending_skip: frozenset[str] = frozenset()

    def classify(self, norm: str, raw: str) -> Reading:
        """The key a normalised heading is about, EMPLOYER for one about the employer, or no key."""
        words = norm.split()
        ending = self._ending(words)
        if ending is not None:
            return Reading(ending, exact=True, headed=True)
        if not words or words[-1] in self.title_words:
            return NOTHING  # "Benefits Coordinator", "Data Skills Analyst": a job title, not a heading
        if "of" in words and any(word in self.title_words and following == "of" for word, following in pairwise(words)):
            return NOTHING  # "Zoo Curator of Education", "Director of Finance"
        if self.cues.isdisjoint(words):
            return NOTHING  # most lines of a document: checked once per distinct line, so kept cheap
        if any(tuple(words[: len(opening)]) == opening for opening in self.pitch):
            return Reading(EMPLOYER)  # "Why join us", "About us and our work"
        hits, unexplained = self._scan(words)
        subject = [hit for hit in hits if hit.tier in (_STRONG, _WEAK)]
        strong = [hit for hit in subject if hit.tier == _STRONG]
        if not strong and any(hit.tier == _EMPLOYER for hit in hits):
            return Reading(EMPLOYER)  # "About the Team", "Department Overview", "Why join us"
        if not subject or (not strong and unexplained):
            return NOTHING  # a weak word needs every other word to frame it: not "Percentages Description"
        named = sum(hit.width for hit in subject)
        # The head noun ends an English heading: "Web Development Skills" is about skills however many
        # words qualify it; otherwise most words must name or frame the subject ("Programme Delivery
        # Manager job description" is a title line).
        head_noun = hits[-1].tier == _STRONG and hits[-1].last and len(words) <= MAX_HEAD_NOUN_WORDS
        if unexplained > named and not head_noun:
            return NOTHING
        keys = self._reconcile(list(dict.fromkeys(hit.key for hit in (strong or subject))))
        if len(keys) > MAX_SUBJECTS:
            return NOTHING  # "For information regarding recruitment process, eligibility, terms & conditions"
        if len(keys) > 1 and not _JOINT.search(raw):
            return NOTHING
        return Reading(keys[0], exact=unexplained == 0, headed=hits[-1].tier == _STRONG and hits[-1].last)

    def subjects(self, norm: str) -> list[str]:
        """Every key a heading's words name ("Benefits and Compensation": benefits, salary), joined
        subjects combined ("Knowledge, Skills and Abilities") but none outranked."""
        hits, _ = self._scan(norm.split())
        keys = list(dict.fromkeys(hit.key for hit in hits if hit.tier == _STRONG))
        for parts, whole in self.combine:
            if parts <= set(keys):
                keys = [key for key in keys if key not in parts] + [whole]
        return keys

    def _ending(self, words: list[str]) -> str | None:
        """The key a lead-in's last words give, looking past trailing filler ("… possess the following")."""
        if not self.endings:
            return None
        end = len(words)
        while end > 0:
            # Something must lead in: "You will:" alone names no subject (MoJ prints it inside any block).
            for width in range(min(self.longest_ending, end - 1), 0, -1):
                key = self.endings.get(tuple(words[end - width : end]))
                if key is not None:
                    return key
            if words[end - 1] not in self.ending_skip:
                return None
            end -= 1
        return None

    def _scan(self, words: list[str]) -> tuple[list[_Hit], int]:
        """The phrases found, longest first from left to right (fillers dropped), and the count of
        words that are neither a phrase nor a filler."""
        hits: list[_Hit] = []
        unexplained = 0
        trailing_unexplained = False
        index = 0
        while index < len(words):
            for width in range(min(self.longest.get(words[index], 0), len(words) - index), 0, -1):
                phrase = tuple(words[index : index + width])
                found = self.phrases.get(phrase)
                if found is not None and index and width > 1 and phrase[0] in self.openers:
                    found = None  # "... learn about this position?": "about the position" only opens a heading
                if found is not None:
                    if found[1] != _FILLER:
                        hits.append(_Hit(key=found[0], tier=found[1], width=width))
                        trailing_unexplained = False
                    index += width
                    break
            else:
                if len(words[index]) > 1:  # "U-M EEO/AA Statement": initials are not words of a subject
                    unexplained += 1
                    trailing_unexplained = True
                index += 1
        if hits and not trailing_unexplained:
            last = hits[-1]
            hits[-1] = _Hit(key=last.key, tier=last.tier, width=last.width, last=True)
        return hits, unexplained

    def _reconcile(self, keys: list[str]) -> list[str]:
        for parts, whole in self.combine:
            if parts <= set(keys):
                first = min(keys.index(part) for part in parts)
                keys = [key for key in keys if key not in parts]
                keys.insert(min(first, len(keys)), whole)
        for winner, losers in self.outranks:
            if winner in keys:
                keys = [key for key in keys if key not in losers]
        return keys


def _longest_by_first_word(phrases: dict[tuple[str, ...], tuple[str, str]]) -> dict[str, int]:
    longest: dict[str, int] = {}
    for phrase in phrases:
        longest[phrase[0]] = max(longest.get(phrase[0], 0), len(phrase))
    return longest


def build_tables(
    data: dict[str, Any], section_keys: frozenset[str], normalise: Any, origin: str, error: type[Exception]
) -> MeaningTables:
    """Read the per-key ``words``/``weak`` lists and the ``[meaning]`` rules into lookup tables."""
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(text: str, key: str, tier: str) -> None:
        norm = tuple(normalise(text).split())
        if norm:
            phrases.setdefault(norm, (key, tier))

    meaning = data.get("meaning", {})
    for text in meaning.get("filler", []):
        add(text, "", _FILLER)
    for text in meaning.get("employer", []):
        add(text, EMPLOYER, _EMPLOYER)
    for key in sorted(section_keys):
        for text in data.get(key, {}).get("words", []):
            add(text, key, _STRONG)
        for text in data.get(key, {}).get("weak", []):
            add(text, key, _WEAK)
    combine = []
    for rule in meaning.get("combine", []):
        parts, _, whole = rule.partition("=")
        names = frozenset(parts.split())
        if not names or whole.strip() not in section_keys or not names <= section_keys:
            raise error(f"{origin}: [meaning] combine rule {rule!r} must read 'key key = key'")
        combine.append((names, whole.strip()))
    outranks = []
    for rule in meaning.get("outranks", []):
        winner, _, losers = rule.partition(">")
        names = frozenset(losers.split())
        if winner.strip() not in section_keys or not names or not names <= section_keys:
            raise error(f"{origin}: [meaning] outranks rule {rule!r} must read 'key > key key'")
        outranks.append((winner.strip(), names))
    endings: dict[tuple[str, ...], str] = {}
    for rule in meaning.get("endings", []):
        key, _, phrase = rule.partition("=")
        norm = tuple(normalise(phrase).split())
        if key.strip() not in section_keys or not norm:
            raise error(f"{origin}: [meaning] endings rule {rule!r} must read 'key = words'")
        endings[norm] = key.strip()
    title_words = frozenset(normalise(word) for word in meaning.get("title_words", []))
    pitch = tuple(tuple(normalise(text).split()) for text in meaning.get("pitch", []) if normalise(text))
    openers = frozenset(normalise(word) for word in meaning.get("openers", []))
    return MeaningTables(
        phrases=phrases,
        longest=_longest_by_first_word(phrases),
        combine=tuple(combine),
        outranks=tuple(outranks),
        title_words=title_words,
        pitch=pitch,
        openers=openers,
        cues=frozenset(phrase[0] for phrase, (_, tier) in phrases.items() if tier != _FILLER),
        endings=endings,
        ending_skip=frozenset(normalise(word) for word in meaning.get("ending_skip", [])),
        longest_ending=max((len(phrase) for phrase in endings), default=0),
    )
