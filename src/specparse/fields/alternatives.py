"""Requirement alternatives: which paragraphs of a requirements block are separate ways to qualify.

Employers print alternatives in several ways, all handled here:
- numbered items joined by "or" ("1. … ; or 2. …", LA bulletins); joined by "and" they are one set;
- standalone connector lines ("OR", "AND" between paragraphs, UW class specs), where a part before the
  first AND is common to every alternative ("certificate AND (A OR B OR C)");
- "Either I" / "Or II" / "Pattern I" lines (CalHR), and a lead-in ending "Either" before numbered items,
  which is common to all of them;
- lettered sub-items ("a) …; b) …") under a numbered alternative belong to it: they follow it in the
  list, each with ``parent`` set to the way's label.
Each item keeps the conjunction printed after it ("…; or", "…; and", an "OR" line before the next way),
so a reader can tell sub-items that are all required from sub-items that are choices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..prechecks import may_contain
from .requirements import (
    Alternative,
    EducationItem,
    courses,
    education_levels,
    parse_education,
    parse_experience,
    parse_licenses,
    sentences,
)

# "OR", "- AND -", "Either I", "Or II", "Pattern III", "Option 2" alone on a line.
_CONNECTOR_LINE = re.compile(
    r"^\W*(?P<word>and/or|or|and|either|or\s+either|and\s+either|pattern|option)"
    r"(?:\s+(?P<label>[IVX]{1,4}|\d{1,2}|[A-H]))?\W*$",
    re.I,
)
_LABEL = re.compile(
    r"^\s*(?P<label>\(?(?P<core>\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)]|(?:pattern|option|alternative)\s+(?P<named>[IVX]+|\d+|[A-H])\s*[:.]?)\s+",
    re.I,
)
# "3. The following experience may be substituted for the education …" is a substitution, not a way.
_SUBSTITUTES = re.compile(r"\bmay\s+be\s+substituted\b|\bmay\s+substitute\b|\bin\s+lieu\s+of\b", re.I)
_SUBSTITUTE_WORDS = ("substitut", "lieu")  # one of which every match of _SUBSTITUTES holds
# "A. Education and Experience" over the requirement itself: a sub-heading inside the block, not a way.
_SUBHEADING = re.compile(
    r"^\s*(?:\(?(?:[A-Za-z]|\d{1,2}|[IVX]{1,4})[.)]\s+)?(?:minimum\s+)?"
    r"(?:education|experience|training|qualifications?|requirements?)"
    r"(?:\s*(?:,|and|&|or|and/or)\s*(?:education|experience|training))*\s*:?\s*$",
    re.I,
)
_TRAILING = re.compile(r"[\s;,:(-]*\b(?P<word>or|and|either)\W*$", re.I)
_TRAILING_WORDS = ("or", "and", "either")


@dataclass(slots=True)
class Way(Alternative):
    """An alternative with the word printed after it that joins it to the next item ("or", "and")."""

    conjunction: str | None = None
    # "1. …; and 2. …": the numbered items this way joins, each with its own facts (else empty).
    parts: list[Way] = field(default_factory=list)


def _trailing_word(text: str) -> str | None:
    """The joining word a paragraph ends with ("…; or", "… and", "… either:"), lower-cased."""
    if not text.isascii():  # re.I matches some other letters to ASCII ones ("ı" to "i"); str.lower does not
        trailing = _TRAILING.search(text)
        return trailing.group("word").lower() if trailing else None
    # _TRAILING read from the end, where it was tried at every space of the paragraph: its word is the
    # paragraph's last word (only non-word characters after it), standing alone (\b before it).
    end = len(text)
    while end and not _is_word_character(text[end - 1]):  # \W*$
        end -= 1
    last = text[max(0, end - len("either")) : end].lower()
    for word in _TRAILING_WORDS:
        start = end - len(word)
        if last.endswith(word) and (start == 0 or not _is_word_character(text[start - 1])):
            return word
    return None


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what \w matches


def _printed_conjunction(text: str) -> str | None:
    word = _trailing_word(text)
    return word if word in {"or", "and"} else None


@dataclass(slots=True)
class _Group:
    label: str | None
    how: str  # first, or, label, either, and
    parts: list[str] = field(default_factory=list)
    subs: list[tuple[str, list[str]]] = field(default_factory=list)  # "a) …" items under a numbered way
    part_labels: list[str | None] = field(default_factory=list)  # the number of each part that has one
    sub_owners: list[str | None] = field(default_factory=list)  # the numbered part each sub-item is under

    def owner(self) -> str | None:
        return next((label for label in reversed(self.part_labels) if label), self.label)

    def last(self) -> str:
        if self.subs:
            return self.subs[-1][1][-1]
        return self.parts[-1] if self.parts else ""


def _style(core: str | None, named: str | None) -> str:
    if named is not None:
        return "named"
    assert core is not None
    if core.isdigit():
        return "digit"
    if re.fullmatch(r"[IVX]{1,4}", core):
        return "roman"
    return "lower" if core.islower() else "letter"


def _group(paragraphs: list[str]) -> tuple[list[str], list[_Group]]:
    """Cut paragraphs into groups; return the parts common to all groups and the groups."""
    groups: list[_Group] = []
    pending: str | None = None  # connector word seen on a line of its own
    pending_label: str | None = None
    top_style: str | None = None
    and_before_or: int | None = None  # where in the first group an AND line came, before any OR
    joins: list[str | None] = []  # the word ending the paragraph before each numbered item
    substituting = False  # after a paragraph saying what may be substituted, before the next numbered way
    for paragraph in paragraphs:
        text = paragraph.strip()
        if not text:
            continue
        if _SUBHEADING.match(text):
            continue
        connector = _CONNECTOR_LINE.match(text)
        if connector:
            word = connector.group("word").lower()
            pending = (
                "and" if word == "and" else "either" if "either" in word or word in {"pattern", "option"} else "or"
            )
            pending_label = connector.group("label")
            if pending == "and" and len(groups) == 1 and and_before_or is None:
                and_before_or = len(groups[0].parts)
            continue
        label_match = _LABEL.match(text)
        substitutes = may_contain(text, _SUBSTITUTE_WORDS) and bool(_SUBSTITUTES.search(text))
        label = label_match.group("label").strip() if label_match else None
        style = _style(label_match.group("core"), label_match.group("named")) if label_match else None
        if style is not None and top_style is None and pending != "and":
            top_style = style
        previous = groups[-1].last() if groups else ""
        joined = _trailing_word(previous)
        if not groups:
            groups.append(_Group(label=pending_label or label, how="first"))
        elif pending in {"or", "either"}:
            groups.append(_Group(label=pending_label or label, how=pending))
        elif pending == "and":
            pass
        elif style is not None and style == top_style and joined != "and" and not substitutes:
            groups.append(_Group(label=label, how="or" if joined == "or" else "label"))
        elif joined == "or" and style in {None, top_style}:
            groups.append(_Group(label=label, how="or"))
        elif joined == "either" and not (style not in {None, top_style} and groups[-1].label is not None):
            # "2. Graduation … with either:" then "a. …; or b. …": lettered items are its sub-items.
            groups.append(_Group(label=label, how="either"))
        if style is not None and style == top_style and len(groups[-1].parts) + len(groups) > 1:
            joins.append(joined)
        current = groups[-1]
        if style is not None and style == top_style:
            substituting = False
        if substituting and label is not None and style != top_style:
            # "A DBA certification in one of the following may be substituted …:" then "a. Oracle …":
            # what may substitute, not sub-requirements of the way above.
            current.parts.append(text)
            current.part_labels.append(None)
        elif label is not None and style not in {None, top_style} and current.label is not None and current.parts:
            current.subs.append((label, [text]))  # "a) negotiating leases;" under "3. …"
            current.sub_owners.append(current.owner())
        elif label is None and current.subs:
            current.subs[-1][1].append(text)
        else:
            current.parts.append(text)
            current.part_labels.append(label if style is not None and style == top_style else None)
        if substitutes and not (label is not None and style != top_style):
            substituting = True
        pending = None
        pending_label = None
    if "and" in joins and "or" not in joins:
        # "1. Citizenship; and 2. A degree. 3. …": numbered items joined by "and" are one set throughout.
        merged: list[_Group] = []
        for group in groups:
            if group.how == "label" and merged:
                merged[-1].parts.extend(group.parts)
                merged[-1].part_labels.extend(group.part_labels)
                merged[-1].subs.extend(group.subs)
                merged[-1].sub_owners.extend(group.sub_owners)
            else:
                merged.append(group)
        groups = merged
    common: list[str] = []
    if len(groups) > 1 and and_before_or is not None and groups[1].how in {"or", "either"}:
        common = groups[0].parts[:and_before_or]
        groups[0].parts = groups[0].parts[and_before_or:]
        groups[0].part_labels = groups[0].part_labels[and_before_or:]
    elif len(groups) > 1 and groups[0].label is None and groups[1].how in {"label", "either"}:
        # "Experience: Either" then "1. …" "2. …": the lead-in applies to every numbered way.
        common = groups.pop(0).parts
    return common, [group for group in groups if group.parts]


def alternatives(paragraphs: list[str]) -> list[Way]:
    """Requirement paragraphs (in document order) grouped into alternative ways to qualify."""
    common, groups = _group(paragraphs)
    shared = _parse(common) if common else Way(label=None, text="")
    result: list[Way] = []
    for index, group in enumerate(groups):
        following = groups[index + 1].how if index + 1 < len(groups) else None
        own = _parse(group.parts)
        own.conjunction = _printed_conjunction(group.parts[-1])
        own.label = group.label
        own.text = " ".join([*common, *group.parts])
        own.education += shared.education
        own.experience += shared.experience
        own.licenses += shared.licenses
        own.courses += shared.courses
        chunks = _numbered_chunks(group)
        if len(chunks) > 1:
            own.parts = [_part(label, texts) for label, texts in chunks]
        result.append(own)
        for (sub_label, sub_parts), owner in zip(group.subs, group.sub_owners, strict=True):
            # Sub-requirements follow their way, each naming as parent the numbered item it is under
            # (the Kaggle "subset" rows).
            sub = _parse(sub_parts)
            sub.label = sub_label
            sub.parent = owner if own.parts else group.label
            sub.conjunction = _printed_conjunction(sub_parts[-1])
            result.append(sub)
        if result[-1].conjunction is None and following in {"or", "either"}:
            result[-1].conjunction = "or"  # an "OR" line of its own between the ways
    return result


def _numbered_chunks(group: _Group) -> list[tuple[str | None, list[str]]]:
    """The group's parts cut at each numbered item ("1. …; and" "2. …"), unnumbered text kept with the one above."""
    chunks: list[tuple[str | None, list[str]]] = []
    for label, text in zip(group.part_labels, group.parts, strict=True):
        if label is not None or not chunks:
            chunks.append((label, [text]))
        else:
            chunks[-1][1].append(text)
    return chunks


def _part(label: str | None, texts: list[str]) -> Way:
    part = _parse(texts)
    part.label = label
    part.conjunction = _printed_conjunction(texts[-1])
    return part


# Where a paragraph ends mid-sentence: no closing punctuation and no "and"/"or" after it.
_ENDS_SENTENCE = re.compile(r"[.;:!?)]\s*$|\b(?:and|or)\s*$", re.I)


def _ends_sentence(text: str) -> bool:
    """``bool(_ENDS_SENTENCE.search(text))`` read from the end of ``text`` (the pattern was tried at every
    position): its last printed character closes a sentence, or its last word is "and" or "or"."""
    if not text.isascii():  # re.I matches some other letters to ASCII ones; str.lower does not
        return bool(_ENDS_SENTENCE.search(text))
    stripped = text.rstrip()  # \s*$
    if stripped[-1:] in (".", ";", ":", "!", "?", ")"):
        return True
    last = stripped[-3:].lower()
    for word in ("and", "or"):
        if last.endswith(word):
            start = len(stripped) - len(word)
            return start == 0 or not _is_word_character(stripped[start - 1])  # \b before the word
    return False


def _whole_paragraphs(parts: list[str]) -> list[str]:
    """Join a paragraph cut mid-sentence to the next ("… at the level of" / "Management Assistant which …",
    a PDF line wrap read as a paragraph break), so a sentence's facts are read whole."""
    whole: list[str] = []
    for part in parts:
        if whole and not _ends_sentence(whole[-1]) and not _LABEL.match(part):
            whole[-1] = f"{whole[-1]} {part.strip()}"
        else:
            whole.append(part)
    return whole


def _parse(parts: list[str]) -> Way:
    alt = Way(label=None, text=" ".join(parts))
    for part in _whole_paragraphs(parts):
        for sentence in sentences(part):
            education = parse_education(sentence)
            if education and education.level:
                alt.education.extend(
                    EducationItem(text=education.text, level=level, field=education.field)
                    for level in education_levels(sentence)
                )
            experience = parse_experience(sentence)
            if experience and experience.years is not None:
                alt.experience.append(experience)
        alt.licenses.extend(parse_licenses(part))
        alt.courses.extend(courses(part))
    return alt
