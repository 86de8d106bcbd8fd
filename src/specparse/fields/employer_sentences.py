"""The employer named in a sentence: "The X is looking for …", "Join the X", "X's benefits"."""

from __future__ import annotations

import re

from ..prechecks import ascii_lowered, may_contain
from ..text_cache import text_cache
from .jurisdiction import _LEADING_THE, ORG, _good_name

# Sentences naming the employer. Each one's subject or object is the organisation that hires:
#   "Utah Valley University is an Affirmative Action/ Equal Opportunity/ Equal Access Employer."
#   "The City of Los Angeles does not discriminate on the basis of …"
#   "The NYC Digital Service is looking for …", "The Government Digital Service is seeking …"
#   "The Canadian Digital Service (CDS) is part of Employment and Social Development Canada"
#   "Join the Ontario Digital Service (ODS) to …", "Come Join the Department of the Treasury"
#   "As a junior developer at MOJ Justice Digital you will …", "Why join Justice Digital"
# What the subject of those sentences does (the pattern below without the name before it).
_SUBJECT_VERB = (
    r"(?i:is\s+(?:an?\s+)?(?:affirmative\s+action\b|equal\s+(?:opportunity|employment)\b|proud\s+to\s+be\s+an?\s+equal\b)"
    r"|does\s+not\s+discriminate\b|is\s+(?:hiring|looking\s+for|seeking|recruiting)\b|is\s+part\s+of\b"
    r"|invites\s+applications\b|is\s+(?:now\s+)?accepting\s+applications\b|seeks\b"
    # "The Government of Alberta is committed to a diverse workforce", "Springfield Township welcomes
    # applications from …", "The County of Marin offers a competitive benefits package".
    r"|is\s+committed\s+to\s+(?:a\s+|an\s+|building\s+a\s+)?(?:diverse|diversity|inclusive|inclusion|equity|employment\s+equity|equal)\b"
    r"|welcomes\s+(?:applications|applicants)\b|offers\s+(?:a\s+|an\s+)?(?:competitive|comprehensive|generous|excellent)\b)"
)
_AS_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|\b[Tt]he\s+|\bnewly\s+formed\s+)(?P<name>{ORG})(?:\s+\([A-Z]{{2,8}}\))?\s+{_SUBJECT_VERB}"
)
# "Join" as an imperative only: "recruiting an engineer to join the Office of the CTO" names a team.
_AS_OBJECT = re.compile(
    rf"(?:^\W*|(?<=[.!?]\s)|\b(?:[Cc]ome|[Ww]hy)\s+)(?:[Jj]oin|JOIN)\s+(?:the\s+|our\s+team\s+at\s+(?:the\s+)?)?(?P<name>{ORG})"
    rf"|\b[Aa]s\s+an?\s+[\w -]{{2,60}}?\s+at\s+(?:the\s+)?(?P<at>{ORG})"
)
# "To learn more about the New York City's Employee benefits", "the County of Marin's benefits package":
# whose benefits a posting offers is its employer.
_BENEFITS_OF = re.compile(
    rf"(?:^|\b[Tt]he\s+|\b(?i:about)\s+)(?P<name>{ORG})(?:'s|’s)\s+(?:[A-Za-z-]+\s+){{0,2}}?(?i:benefits)\b"
)
# "The Manitoba government recognizes …", "the Alberta government offers …": a province or state named
# by its adjective. ("The Government of Alberta", "the Province of Manitoba" are JURISDICTION names.)
_GOVERNMENT_OF = re.compile(r"\b[Tt]he\s+(?P<name>[A-Z][a-z]+\s+government)\b(?!\s+(?:of|agencies|departments)\b)")
# "At the City of Springfield, you will …", "At Springfield Water Authority, we …": the workplace
# addressed to the reader opens the sentence.
_AT_EMPLOYER = re.compile(rf"(?:^\W*|(?<=[.!?]\s))At\s+(?:the\s+)?(?P<name>{ORG}),\s+(?:you|we|our)\b")
_TRAILING_SMALL = re.compile(r"(?:\s+(?:of|the|and|for|&))+$")


# Each sentence pattern tries an organisation name at every capital of a line, and every body line is
# tried until one names the employer (~70 lines of a bulletin, once 11% of a bulletin's parse). A cheap
# test for the words a pattern cannot match without skips it on most lines; each test must be implied
# by its pattern, so that skipping never changes what is found.
_SUBJECT_WORD = re.compile(r"\s(?:is\s|does\s|invites\s|seeks\b|welcomes\s|offers\s)", re.I)
_SUBJECT_VERB_AFTER_SPACE = re.compile(rf"\s{_SUBJECT_VERB}")
# "[Aa]s" found from its "s" (a literal the engine jumps to), the "A"/"a" checked behind it.
_AS_AN = re.compile(r"s(?<=[Aa]s)\s+an?\s")
_AT = re.compile(r"at(?<=\sat)\s")  # "\sat\s", led by its word


# Every alternative of _SUBJECT_VERB holds one of these words after its verb: a substring test on most
# lines is cheaper than even the loose word pattern ("part" also passes "department": only slower).
_SUBJECT_VERB_WORDS = (
    "affirmative",
    "equal",
    "proud",
    "hiring",
    "looking",
    "seeking",
    "recruiting",
    "part",
    "accepting",
    "committed",
    "discriminate",
    "invites",
    "seeks",
    "welcomes",
    "offers",
)


# The verb phrase alone, for lower-cased ASCII text: its letters are all lower case, so without the
# case-blind flag it matches there exactly what the case-blind phrase matches in the text (see caseless).
_SUBJECT_VERB_LOWERED = re.compile(r"\s" + _SUBJECT_VERB.replace("(?i:", "(?:", 1))


# The verb phrase's alternatives led by "is", led by that word (the white space before it is looked
# behind for): a search for a pattern led by a word jumps from one "is" to the next, where one led by
# "\s" is tried at every space. The other alternatives each start with one of _OTHER_VERBS.
_IS_PHRASE_LOWERED = re.compile(
    r"is(?<=\sis)\s+(?:(?:an?\s+)?(?:affirmative\s+action\b|equal\s+(?:opportunity|employment)\b"
    r"|proud\s+to\s+be\s+an?\s+equal\b)|(?:hiring|looking\s+for|seeking|recruiting)\b|part\s+of\b"
    r"|(?:now\s+)?accepting\s+applications\b"
    r"|committed\s+to\s+(?:a\s+|an\s+|building\s+a\s+)?(?:diverse|diversity|inclusive|inclusion|equity|employment\s+equity|equal)\b)"
)
_OTHER_VERBS = ("does", "invites", "seeks", "welcomes", "offers")


def _subject_phrase_in(text: str, lowered: str | None) -> bool:
    """Whether the text holds the verb phrase ``_AS_SUBJECT`` needs after its name; ``lowered`` is
    ``ascii_lowered(text)``."""
    if lowered is not None:
        # On the lower-cased text the verb phrase needs no case folding.
        if _IS_PHRASE_LOWERED.search(lowered):
            return True
        for verb in _OTHER_VERBS:  # a plain loop: any() over a generator costs more
            if verb in lowered:
                return bool(_SUBJECT_VERB_LOWERED.search(lowered))
        return False
    # The loose tests first: the whole verb phrase costs more, and few lines have either.
    return (
        may_contain(text, _SUBJECT_VERB_WORDS)
        and bool(_SUBJECT_WORD.search(text))
        and bool(_SUBJECT_VERB_AFTER_SPACE.search(text))
    )


def _may_join(text: str) -> bool:
    return "join" in text or "Join" in text or "JOIN" in text


def _may_be_at(text: str) -> bool:
    return bool(_AT.search(text)) and bool(_AS_AN.search(text))


# _AS_OBJECT's "As a(n) … at X" alternative alone, led by the "s" of its "As" (the "\b[Aa]" before
# looked behind for): on a line that cannot "join", the whole pattern finds only this alternative's
# matches, and tried at every position of a long paragraph it cost about twice as much.
_AS_AT = re.compile(rf"s(?<=\b[Aa]s)\s+an?\s+[\w -]{{2,60}}?\s+at\s+(?:the\s+)?(?P<at>{ORG})")


def _object_pattern(text: str) -> re.Pattern[str] | None:
    """The pattern that finds what ``_AS_OBJECT`` finds in the text (None when it finds nothing)."""
    if _may_join(text):
        return _AS_OBJECT
    return _AS_AT if _may_be_at(text) else None


# The end of every _BENEFITS_OF match ("'s employee benefits"), led by its apostrophe: the whole pattern
# tries a name at every "the" of a paragraph that mentions benefits (LA's benefits notice is 500
# characters long), while this finds the few lines that say whose benefits they are.
_BENEFITS_TAIL = re.compile(r"(?:'s|’s)\s+(?:[A-Za-z-]+\s+){0,2}?(?i:benefits)\b")


def _may_name_benefits_owner(text: str, lowered: str | None) -> bool:
    """Whether a _BENEFITS_OF match can be in the text (``lowered``: as in _subject_phrase_in)."""
    return (lowered is None or "benefits" in lowered) and bool(_BENEFITS_TAIL.search(text))


def _sentence_patterns(text: str) -> list[re.Pattern[str]]:
    """The sentence patterns that can match the line, in the order they are tried.

    A pattern is left out only when a test that each of its matches passes fails. The tests are pure
    functions of the line, so all are made at once (one call, the line lower-cased once) rather than
    each just before its pattern would be tried.
    """
    lowered = ascii_lowered(text)
    patterns = []
    if _subject_phrase_in(text, lowered):
        patterns.append(_AS_SUBJECT)
    object_pattern = _object_pattern(text)
    if object_pattern is not None:
        patterns.append(object_pattern)
    if "At" in text:
        patterns.append(_AT_EMPLOYER)
    if _may_name_benefits_owner(text, lowered):
        patterns.append(_BENEFITS_OF)
    if "government" in text:
        patterns.append(_GOVERNMENT_OF)
    return patterns


# Every body line is tried until one names the employer, and an employer's bulletins print the same
# lines (notices, boilerplate paragraphs) again and again: a pure function of the line, so cached.
@text_cache()
def employer_sentence(text: str) -> str | None:
    """The organisation a sentence names as the employer ("The X is looking for", "Join the X")."""
    for pattern in _sentence_patterns(text):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            name = _TRAILING_SMALL.sub("", groups.get("name") or groups.get("at") or "").strip()
            name = _after_article(_LEADING_THE.sub("", name)).rstrip(".,;:")
            if _good_name(name):
                return name
    return None


def _after_article(name: str) -> str:
    """'Explore the City of Springfield' → 'City of Springfield': a 'the' not after 'of'/'for'/'and'
    starts the name ('Department of the Treasury' keeps its own)."""
    words = name.split()
    # "About Us The Saskatchewan … Commission": a heading run into the sentence ends at a capital "The".
    starts = [i for i, word in enumerate(words) if word in ("the", "The") and (i == 0 or words[i - 1] not in _JOINERS)]
    return " ".join(words[starts[-1] + 1 :]) if starts else name


_JOINERS = frozenset({"of", "for", "and", "&"})


def employer_sentence_after(previous: str, text: str) -> str | None:
    """``employer_sentence`` of a line whose name began on the previous, wrapped line.

    A PDF wraps "… the City of" / "Los Angeles does not discriminate …": the line alone names only
    "Los Angeles"; the previous line's tail completes the name.
    """
    found = employer_sentence(text)
    # Only a line ending inside a name ("… the City of") continues on the next; "About Us" over "The
    # Saskatchewan … Commission (SATCC) is seeking" is a heading over its paragraph.
    if not found or not _ENDS_INSIDE_NAME.search(previous):
        return found
    tail = " ".join(previous.split()[-_WRAP_TAIL_WORDS:])
    joined = employer_sentence(f"{tail} {text.lstrip()}")
    if joined and joined != found and joined.endswith(found):
        return joined
    return found


# The words of a wrapped line's end that can belong to a name continued on the next line.
_WRAP_TAIL_WORDS = 6
_ENDS_INSIDE_NAME = re.compile(r"\s(?:of|the|and|for|&)\s*$")
