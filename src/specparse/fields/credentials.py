"""Licences, certificates and registrations a sentence says are required, beyond the driver's licence.

Civil-service bulletins name these in the requirements and, as often, in the process notes below them:
"An EPA-approved Universal Technician Certification is required at the time of filing", "A State Water
Board Distribution Operator Grade D2 certificate may be required prior to completion of probation", "A
Registered Veterinary Technician (RVT) certificate … is required", "A LICENSE AS A CERTIFIED WELDER … IS
REQUIRED", "A valid equipment operator's license for operating a Stinger Crane may be required". The
general licence reader wants a capitalised "License"/"Certificate" after the name; here the credential
word may be lower case or the sentence all capitals, and "as a …" / "for operating a …" name it after.
Only sentences that require the credential count: never "desired", nor the medical certificate that goes
with a commercial driver's licence.
"""

from __future__ import annotations

import re

from ..caseless import Caseless
from ..prechecks import may_contain
from ..text_cache import text_cache
from .lists import strip_marker
from .requirements import LicenseItem, requirement_of, sentences
from .spacing import single_spaced

_CREDENTIAL = r"(?:licen[cs]e|certificate|certification|registration)"
_REQUIRED = re.compile(
    r"\b(?:is|are|will\s+be|may\s+be|must\s+be|shall\s+be)\s+(?:\w+\s+)?required\b|\brequires?\b|"
    r"\bmust\s+(?:possess|hold|have|obtain|maintain)\b|\bmust\s+be\s+(?:held|obtained|maintained|possessed)\b|"
    r"\bpossession\s+of\b",
    re.I,
)
_REQUIRED_WORDS = ("require", "must", "possession")  # one of which every match of _REQUIRED holds
# _REQUIRED's branches for lower-cased ASCII text, each led by its word (a look-behind standing for the
# "\b" before it) and tried only where its word stands: _REQUIRED opened with "\b" and was tried at
# every position of every credential sentence. A sentence holds a match of _REQUIRED exactly when it
# holds a match of one of these.
_IS_REQUIRED = re.compile(
    r"(?:is(?<!\wis)|are(?<!\ware)|will(?<!\wwill)\s+be|may(?<!\wmay)\s+be|must(?<!\wmust)\s+be|shall(?<!\wshall)\s+be)"
    r"\s+(?:\w+\s+)?required\b"
)
_REQUIRES = re.compile(r"require(?<!\wrequire)s?\b")
_MUST = re.compile(
    r"must(?<!\wmust)\s+(?:(?:possess|hold|have|obtain|maintain)\b|be\s+(?:held|obtained|maintained|possessed)\b)"
)
_POSSESSION = re.compile(r"possession(?<!\wpossession)\s+of\b")
_NOT_REQUIRED = re.compile(r"\b(?:desir\w*|prefer\w*|not\s+required|plus|advantage|selective\s+certification)\b", re.I)
_NOT_REQUIRED_WORDS = ("desir", "prefer", "not", "plus", "advantage", "selective")  # one in every match
# The driver's licence has its own columns ("a Class B license issued by the Department of Motor
# Vehicles" is one); the medical certificate goes with a commercial one.
_NOT_A_CREDENTIAL = re.compile(r"\b(?:driv(?:er|ing)|medical|commercial|motor\s+vehicles?)\b|^class\s+[a-c]\b", re.I)
# One word of a credential's name: "Grade", "D2", "(RVT)", "EPA-Approved", "First", "&".
_NAME_WORD = r"(?:[A-Z][\w'’./-]*|[A-Z]?\d[\w.-]*|\([A-Z][A-Za-z0-9-]{1,9}\)|&|-)"
_NAMED_BEFORE = re.compile(
    r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:of\s+|and\s+)?" + _NAME_WORD + r"){0,8})\s+(?i:" + _CREDENTIAL + r")\b"
)
# "a license as a Certified Welder for structural steel", "certification as a Pest Control Adviser".
# (Read on the lower-cased text where that is exact, see Caseless: its credential words then lead it,
# where the case-blind pattern was tried at every position of every credential sentence.)
_NAMED_AFTER = Caseless(
    _CREDENTIAL + r"\s+(?:as\s+an?|for\s+operating\s+(?:an?|the))\s+(?P<name>[\w'’ -]{3,60}?)"
    r"(?=\s+(?:for|issued|by|from|is|are|may|will|must|with|in|prior|after|at)\b|[,.;:()]|$)",
)
# Lower-case words that open a name but are not part of it ("a valid California State …").
_LEADING = re.compile(
    r"^(?:(?:an?|the|this|that|such|their|your|each|any|valid|current|approved|active|appropriate|possession|of)\s+)+",
    re.I,
)
# Issuing words that say who grants the credential, not which one it is.
_ISSUER_ONLY = re.compile(r"^(?:state|california|federal|city|county|board|department|approved|epa)$", re.I)

# The small patterns of the readers below, compiled once (re.sub with a pattern string looks it up in
# re's cache on every call).
_OR_HIGHER = re.compile(r"\s+or\s+(?:higher|above|equivalent)$", re.I)
_NAME_WORDS = re.compile(r"[\w'’]+")
_CREDENTIAL_ONLY = re.compile(_CREDENTIAL, re.I)
_BRACKETED = re.compile(r"\([^)]*\)")
_KEY_WORDS = re.compile(r"[a-z0-9]+")

# Every name _names finds holds one of these (see _CREDENTIAL): most sentences name none, and the
# requirement patterns, counting capitals and the two name patterns cost far more than the test.
_CREDENTIAL_WORDS = ("licen", "certificat", "registration")


def required_credentials(text: str) -> list[LicenseItem]:
    """The non-driver credentials ``text`` requires (of all or of some positions), by their names."""
    # New items each call: the caller's lists own (and may change) them; the cache holds plain tuples.
    return [LicenseItem(name=name, required=required, text=sentence) for name, required, sentence in _required(text)]


# Asked of every requirement and notes paragraph, and an employer's bulletins repeat their notes word
# for word: a pure function of the paragraph, so cached.
@text_cache(4096)
def _required(text: str) -> tuple[tuple[str, str, str], ...]:
    found: list[tuple[str, str, str]] = []
    if not may_contain(text, _CREDENTIAL_WORDS):
        return ()  # no sentence of it names a credential: no need to cut it into sentences
    for sentence in sentences(strip_marker(text)):
        if not may_contain(sentence, _CREDENTIAL_WORDS):
            continue  # it names no credential (_names would find none): skip the costlier tests
        if not _requires(sentence) or (may_contain(sentence, _NOT_REQUIRED_WORDS) and _NOT_REQUIRED.search(sentence)):
            continue
        for name in _names(sentence):
            found.append((name, requirement_of(sentence), sentence))
    return tuple(found)


def _requires(sentence: str) -> bool:
    """``bool(_REQUIRED.search(sentence))``, read branch by branch on ASCII text."""
    if not sentence.isascii():  # re.I matches some other letters to ASCII ones ("ſ" to "s"); str.lower does not
        return bool(_REQUIRED.search(sentence))
    lower = sentence.lower()
    if "require" in lower and (_REQUIRES.search(lower) or _IS_REQUIRED.search(lower)):
        return True
    if "must" in lower and _MUST.search(lower):
        return True
    return "possession" in lower and bool(_POSSESSION.search(lower))


def _names(sentence: str) -> list[str]:
    # An all-capitals sentence has no capitalised names to find: read it as title case.
    # (map and filter with the str methods: a generator per character cost most of this function)
    letters, capitals = _letter_counts(sentence)
    shouting = bool(letters) and capitals > 0.8 * letters
    text = sentence.title() if shouting else sentence
    # A Caseless match may hold the lower-cased text: the name as printed is taken at its place.
    names = [text[m.start("name") : m.end("name")] for m in _NAMED_AFTER.finditer(text)]
    for match in _NAMED_BEFORE.finditer(text):
        names.append(f"{match.group('name')} {match.group(0).split()[-1]}")
    tidy = [_LEADING.sub("", single_spaced(n)).strip(" -&") for n in names]
    tidy = [_OR_HIGHER.sub("", n) for n in tidy]
    return list(dict.fromkeys(n for n in tidy if _distinctive(n) and not _NOT_A_CREDENTIAL.search(n)))


# Every ASCII character but the letters, and the capitals, for bytes.translate to drop.
_NOT_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_CAPITALS = bytes(range(ord("A"), ord("Z") + 1))


def _letter_counts(sentence: str) -> tuple[int, int]:
    """How many letters ``sentence`` holds, and how many of them are capitals (str.isalpha, str.isupper)."""
    if sentence.isascii():
        # One table pass in C each, where a call of isalpha and isupper per character cost most of _names.
        letters = sentence.encode("ascii").translate(None, _NOT_LETTERS)
        return len(letters), len(letters) - len(letters.translate(None, _CAPITALS))
    found = list(filter(str.isalpha, sentence))
    return len(found), sum(map(str.isupper, found))


def _distinctive(name: str) -> bool:
    words = [w for w in _NAME_WORDS.findall(name) if not _CREDENTIAL_ONLY.fullmatch(w)]
    return any(not _ISSUER_ONLY.match(w) for w in words)


def merge(found: list[LicenseItem], more: list[LicenseItem]) -> list[LicenseItem]:
    """``found`` with the items of ``more`` it does not already name (either name holding the other)."""
    merged = list(found)
    for item in more:
        words = _key_words(item.name)
        known_words = [k for k in (_key_words(known.name) for known in merged) if k]
        if not any(words <= k or k <= words for k in known_words):
            merged.append(item)
    return merged


def _key_words(name: str) -> set[str]:
    """The words that tell a credential apart: "Certification as an Engineer-In-Training" and
    "Engineer-In-Training (EIT) Certificate" are one."""
    bare = _BRACKETED.sub(" ", name.lower())
    words = set(_KEY_WORDS.findall(bare))
    return words - {"licence", "license", "certificate", "certification", "registration", "as", "a", "an", "the"}
