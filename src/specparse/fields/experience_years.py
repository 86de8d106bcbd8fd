"""Years of experience a requirement names: every figure, in words or digits, months as years.

"Four years of experience, two of which must be supervisory" names 4 and 2; "7-10 years" and "two to
three years" name both bounds; "1½ years", "18 months" and "2,080 hours" (LA: full-time hours) are
converted. Durations of schooling ("two years of college"), time limits ("within one year of
appointment"), ages and terms of service after hire are not experience.
"""

from __future__ import annotations

import bisect
import re

from ..prechecks import may_contain
from ..text_cache import text_cache
from ..word_prechecks import Letters, Words
from .durations import DURATION, DURATION_LOWER, NUMBER, NUMBER_START, NUMBER_WORDS

# "three year apprenticeship", "two years of college": a duration of schooling, not of experience.
_SCHOOLING_AFTER = re.compile(
    r"^[\s-]*(?:of\s+)?(?:full[- ]time\s+|formal\s+|recognized\s+)*(?:college|university|high\s+school|"
    r"(?:under)?graduate|study|studies|apprenticeship|training\s+program|course|schooling|education|school)\b",
    re.I,
)
# "within 6 months of hire", "in the last 36 months", "for up to one year": a time limit, not a requirement.
_TIME_LIMIT_BEFORE = re.compile(
    r"\b(?:within|after|last|past|first|every|each|per|up\s+to|probation\w*|recognized|completion\s+of\s+an?)\s*(?:the\s+)?$",
    re.I,
)
# "2,080 hours of paid experience as an Airport Guide II" (LA): full-time hours, 2,080 to the year.
HOURS_PER_YEAR = 2080
# "1000 cumulative hours of part-time paid experience", "960 cumulative hours paid experience" (la2).
_HOURS = re.compile(
    r"(?P<hours>\d{1,3}(?:,\d{3})+|\d{3,5})\s+(?:[a-z]+\s+)?hours\s+(?:(?:of\s+)?(?:[\w-]+\s+){0,3}experience\b"
    # "600 hours with the City of Los Angeles as an Assistant Park Services Attendant" (la2)
    r"|[^.;]{0,60}?\bas\s+an?\s+(?-i:[A-Z]))",
    re.I,
)
_EXPERIENCE_CUE = re.compile(
    r"\b(?:experience|as\s+an?|at\s+the\s+level|in\s+a\s+class|service|employment|working|work)\b", re.I
)
# _EXPERIENCE_CUE's words one at a time, for lower-cased ASCII text: each pattern is led by its word, with
# a look-behind for the "\b" before it, so the engine jumps from one place the word is printed to the
# next, where the pattern opening with "\b" was tried at every position. A text holds a match of the
# alternation exactly when it holds a match of one of its words.
_CUE_WORDS = tuple(
    re.compile(pattern)
    for pattern in (
        r"experience(?<!\wexperience)\b",
        r"work(?<!\wwork)(?:ing)?\b",
        r"as(?<!\was)\s+an?\b",
        r"at(?<!\wat)\s+the\s+level\b",
        r"in(?<!\win)\s+a\s+class\b",
        r"service(?<!\wservice)\b",
        r"employment(?<!\wemployment)\b",
    )
)


def has_experience_cue(text: str) -> bool:
    """``bool(_EXPERIENCE_CUE.search(text))``, read word by word on ASCII text."""
    if not text.isascii():  # re.I matches some other letters to ASCII ones ("ſ" to "s"); str.lower does not
        return bool(_EXPERIENCE_CUE.search(text))
    lower = text.lower()
    for pattern in _CUE_WORDS:  # noqa: SIM110 (a plain loop: any() over a generator costs more)
        if pattern.search(lower):
            return True
    return False


# What makes a sentence a statement of substitution rather than a requirement ("A Master's degree may
# substitute for one year of the required experience").
SUBSTITUTES = re.compile(
    r"\b(may\s+(be\s+)?substitut\w*|in\s+lieu\s+of|substitut\w*\s+for|may\s+be\s+(accepted|used)\s+in\s+place|"
    r"can\s+be\s+substituted|will\s+substitute)\b",
    re.I,
)
# "… can substitute this education requirement": the experience before it is offered in place of something.
_OFFERED_IN_PLACE = re.compile(rf"{SUBSTITUTES.pattern}|\bcan\s+substitute\b", re.I)
# Words one of which every match of SUBSTITUTES and of _OFFERED_IN_PLACE holds ("in\s+place": "place").
_SUBSTITUTE_WORDS = ("substitut", "lieu", "place")
# "two of which must be supervisory", "eighteen months of which": a share of the duration before it.
_SHARE = re.compile(
    NUMBER_START
    + NUMBER.replace("?P<num>", "?P<share>")
    + r"(?:\s*\(\s*\d+\s*\))?\s+(?:(?P<unit>years?|months?)\s+)?of\s+(?:which|these|them|those|this)\b",
    re.I,
)
# "within one year of appointment", "six months after hire": a deadline after starting, not experience.
_AFTER_START = re.compile(
    r"^\s*(?:of|from|after|following)\s+(?:the\s+)?(?:date\s+of\s+)?"
    r"(?:appointment|hire|hiring|employment|start|entry|assignment)\b",
    re.I,
)
# "at least 18 years of age", "a 2-year assignment", "years of age/old": not experience.
_NOT_EXPERIENCE_AFTER = re.compile(r"^\s*(?:of\s+age|old|of\s+continuous\s+residence|assignment|term|contract)\b", re.I)
# "two years of training in an approved technical school": schooling, unless experience follows close
# by ("training and experience", "training or other applicable experience", "training experience").
_TRAINING_AFTER = re.compile(
    r"^[\s-]*(?:of\s+)?(?:formal\s+|approved\s+)?(?:training|instruction)\b(?![^.;]{0,40}?\bexperience\b)"
    r"|^[^.;,]{0,40}?\b(?:technical|trade|vocational)\s+school\b",
    re.I,
)


# "half of which", "a … of which": a fraction or an article, not a number of years.
_NOT_A_SHARE = frozenset({"a", "an", "half", "one-half"})


def _value(raw: str) -> float:
    raw = raw.strip().lower()
    if raw[0].isdigit():
        if "½" in raw:
            return float(raw.replace("½", "").strip() or 0) + 0.5
        if raw.endswith("1/2"):
            return float(raw[: -len("1/2")].strip()) + 0.5
        return float(raw)
    return float(NUMBER_WORDS[raw])


def _in_years(number: float, unit: str) -> float:  # "yrs" is years
    return round(number / 12, 2) if unit.lower().startswith("month") else number


_WINDOW = 120
# "2-3 years of experience in a line department preferred", "Preferred: 5 years of …": a wish, not a
# requirement ("a Master's degree preferred with 7-10 years of experience" still requires the years).
_PREFERRED_AFTER = re.compile(
    r"^(?:(?!\b(?:required|requires|must)\b)[^.;,])*?\b(?:preferred|desirable|desired|an\s+asset|a\s+plus|a\s+bonus"
    r"|nice\s+to\s+have)\b",
    re.I,
)
# Words one of which every match of _PREFERRED_AFTER holds, of _SHARE holds (dots and spaces aside).
_PREFERRED_WORDS = ("prefer", "desir", "asset", "plus", "bonus", "nice")
_SHARE_WORDS = Words(("of which", "of these", "of them", "of those", "of this"))
_PREFERRED_BEFORE = re.compile(r"\b(?:preferred|desirable|desired|nice\s+to\s+have|bonus)\s*:[^.;:]*$", re.I)


# first_years and experience_years both read the durations of the same sentence; the number-word
# patterns are tried at every position of it, so the durations are found once per text.
@text_cache(4096)
def _durations(text: str) -> tuple[tuple[re.Match[str], tuple[float, ...]], ...]:
    """Each duration of experience in ``text`` with the figures it names (both bounds of a range)."""
    return tuple((match, tuple(figures)) for match, figures in _find_durations(text))


# Words one of which every match of _SCHOOLING_AFTER, of _TRAINING_AFTER holds ("high\s+school" and
# "schooling": "school"; "studies": "stud"; "undergraduate": "graduate").
_SCHOOLING_WORDS = (
    "college",
    "university",
    "school",
    "graduate",
    "stud",
    "apprenticeship",
    "training",
    "course",
    "education",
)
_TRAINING_WORDS = ("training", "instruction", "school")
# Every duration ends in its unit, and a share counts only after a duration: a text without these
# names none, and DURATION's case-blind number words are tried at every position of it.
_UNIT_WORDS = ("year", "month", "yr")


def _find_durations(text: str) -> list[tuple[re.Match[str], list[float]]]:
    found: list[tuple[re.Match[str], list[float]]] = []
    if not may_contain(text, _UNIT_WORDS):
        return found
    # The windows below are parts of the text: a pattern whose words the text lacks matches none of
    # them (most requirement sentences name no schooling or training after their durations).
    schooling = may_contain(text, _SCHOOLING_WORDS)
    training = may_contain(text, _TRAINING_WORDS)
    # Matches in the lower-cased text have the same places and (lower-cased) figures and units.
    matches = DURATION_LOWER.finditer(text.lower()) if text.isascii() else DURATION.finditer(text)
    for match in matches:
        # Windows, not the rest of the text: a long paragraph names many durations.
        after, before = text[match.end() : match.end() + _WINDOW], text[max(0, match.start() - _WINDOW) : match.start()]
        if (
            (schooling and _SCHOOLING_AFTER.match(after))
            or (training and _TRAINING_AFTER.match(after))
            or _AFTER_START.match(after)
            or _NOT_EXPERIENCE_AFTER.match(after)
            or _TIME_LIMIT_BEFORE.search(before)
            or (may_contain(after, _PREFERRED_WORDS) and _PREFERRED_AFTER.match(after))
            or (":" in before and _PREFERRED_BEFORE.search(before))  # "Preferred:" holds its colon
        ):
            continue
        unit = match.group("unit")
        figures = [_in_years(_value(match.group("num")), unit)]
        if match.group("upper"):
            figures.append(_in_years(_value(match.group("upper")), unit))
        found.append((match, figures))
    durations = [m for m, _ in found]  # in text order
    starts = [m.start() for m in durations]
    shares: list[tuple[re.Match[str], list[float]]] = []
    # A share needs a duration before it and its "of which": most texts have neither, and _SHARE's
    # number words are tried at almost every position.
    candidates = _SHARE.finditer(text) if durations and Letters(text).may_hold(_SHARE_WORDS) else ()
    for share in candidates:
        index = bisect.bisect_right(starts, share.start()) - 1
        if index < 0 or share.group("share").lower() in _NOT_A_SHARE:
            continue  # no duration before it to be a share of
        if share.start() < durations[index].end():
            continue  # "eighteen months of which": already read as a duration
        unit = share.group("unit") or durations[index].group("unit")
        shares.append((share, [_in_years(_value(share.group("share")), unit)]))
    found += shares
    found.sort(key=lambda pair: pair[0].start())
    return found


# The requirement readers (alternatives, the Education paragraphs, the stated facts) read the same
# paragraphs and sentences again, about three times each; this pure function of a text is cached.
@text_cache(4096)
def first_years(text: str) -> float | None:
    """The first (lower) figure of experience ``text`` asks for; None for a statement of substitution."""
    if not has_experience_cue(text) or (may_contain(text, _SUBSTITUTE_WORDS) and SUBSTITUTES.search(text)):
        return None
    durations = _durations(text)
    if durations:
        return durations[0][1][0]
    hours = _HOURS.search(text) if may_contain(text, ("hours",)) else None
    if hours:
        return round(float(hours.group("hours").replace(",", "")) / HOURS_PER_YEAR, 2)
    return None


def experience_years(text: str) -> list[float]:
    """Every figure of experience one sentence names, in order, without repeats.

    "four years …, two of which must be supervisory" gives [4, 2]; "7-10 years" gives [7, 10]. In a
    statement of substitution only the experience offered in place of something counts ("An additional
    4 years of experience can substitute this education requirement" gives [4]); the experience a degree
    "may substitute for" is the requirement's own figure, already named where it is required.
    """
    return list(_experience_years(text))


@text_cache(4096)  # a pure function of the text, asked again for the same sentences
def _experience_years(text: str) -> tuple[float, ...]:
    if not has_experience_cue(text):
        return ()
    substitution = _OFFERED_IN_PLACE.search(text) if may_contain(text, _SUBSTITUTE_WORDS) else None
    figures: list[float] = []
    for match, named in _durations(text):
        if substitution and match.start() > substitution.start():
            continue
        figures.extend(named)
    if not figures and not substitution:
        hours = _HOURS.search(text) if may_contain(text, ("hours",)) else None
        if hours:
            figures.append(round(float(hours.group("hours").replace(",", "")) / HOURS_PER_YEAR, 2))
    return tuple(dict.fromkeys(figures))
