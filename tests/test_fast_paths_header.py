"""The header readers' fast paths give what the plain way gives.

Each shortcut in the title, employer and date readers (a cheap test before a pattern, tests reordered,
a value counted only when asked) replaces a straightforward computation; each test here compares the
two on wording we wrote for the edge cases (letter case, digits of other scripts, odd white space),
and on wording of the kinds several employers print.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from specparse.dates import has_digit, is_date_only, parse_date
from specparse.fields import (
    date_labels,
    date_sentences,
    employer_sentences,
    exam,
    header,
    header_dates,
    jurisdiction,
    title,
)
from specparse.fields import kind as document_kind
from specparse.lines import Line
from specparse.prechecks import ascii_lowered, ends_with_none, holds_any, may_contain
from specparse.vocab import load_vocabulary

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)


def _texts(fragments: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(fragments), max_size=24).map("".join)


DIGIT_TEXTS = [
    "",
    "No digit at all",
    "Class Code: 1513",
    "Open Date: 06-22-18",
    "9",
    "ends with 0",
    "Arabic-Indic ٣ digit",  # a digit of another script: \d matches it
    "Fullwidth ３",
    "Superscript ² is no decimal digit",
    "Café without digit",
    "Café 7",
]


@pytest.mark.parametrize("text", DIGIT_TEXTS)
def test_has_digit_is_the_digit_pattern(text: str) -> None:
    assert has_digit(text) == bool(re.search(r"\d", text))


# ---------------------------------------------------------------------------------------------------
# _labels_over_dates: its tests reordered (label and kind before the value below is read) and the
# printed-label count made only when a label could count.


def _plain_labels_over_dates(lines: list[Line]) -> dict[str, tuple[date, Line]]:
    """The reader as first written: every test in the order the idea reads, every count made."""
    found: dict[str, tuple[date, Line]] = {}
    printed_as = [line.text.strip().lower() for line in lines]
    printed = Counter(printed_as)
    for index, (line, below) in enumerate(pairwise(lines)):
        if not re.search(r"\d", below.text) or printed[printed_as[index]] > 1:
            continue
        label = date_labels._LABEL_ONLY.match(line.text)
        if not label or len(label.group("label").split()) > date_labels.MAX_LABEL_WORDS:
            continue
        value = date_labels._date_cell(below.text)
        if not is_date_only(value):
            continue
        kind = date_labels._date_kind(label.group("label"))
        parsed = parse_date(value)
        if kind and parsed:
            found.setdefault("open" if kind == "posted" else kind, (parsed, line))
    return found


_LABEL_FRAGMENTS = [
    "Closing Date", "Opening Date", "Date Posted", "Revised", "ANNUAL SALARY", "Closes", "Notes",
    "Filing Deadline:", ": Nov 12, 2025, 12:59:00 AM", "March 3, 2024 at 5:00 p.m. Eastern", "02/11/2013",
    "Friday, June 22, 2018", "06-22-18", "$49,903 to $72,996", "1. Candidates from the list", "\t", " ", ":",
]  # fmt: skip


@SETTINGS
@given(st.lists(_texts(_LABEL_FRAGMENTS), max_size=12))
def test_labels_over_dates_as_the_plain_reader(texts: list[str]) -> None:
    lines = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    with_digit = {id(line) for line in lines if re.search(r"\d", line.text)}
    assert date_labels._labels_over_dates(lines, with_digit) == _plain_labels_over_dates(lines)


def test_labels_over_dates_on_wording_of_several_employers() -> None:
    texts = [
        "Closing Date",  # a Taleo page's label and value cells
        ": Nov 12, 2025, 12:59:00 AM",
        "Closes",
        "March 3, 2024 at 5:00 p.m. Eastern",
        "ANNUAL SALARY",  # a heading over a pay paragraph, never a date
        "$49,903 to $72,996 and $55,019 to $80,472",
        "Close Date",  # a listing of other jobs prints its labels again and again
        "02/16/2026",
        "Close Date",
        "03/16/2026",
    ]
    lines = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    with_digit = {id(line) for line in lines if re.search(r"\d", line.text)}
    found = date_labels._labels_over_dates(lines, with_digit)
    assert found == _plain_labels_over_dates(lines)
    assert found["closing"][0] == date(2025, 11, 12)


# ---------------------------------------------------------------------------------------------------
# _last_window_end: only the dated lines asked for a window first, the scan started a list's length
# before the first window, and only a line's first four characters lower-cased for its "from".


def _plain_last_window_end(lines: list[Line]) -> tuple[date, Line] | None:
    for position, line in enumerate(lines):
        if not date_sentences._is_filing_sentence(line.text):
            continue
        ends = []
        for candidate in lines[position : position + 1 + date_sentences.WINDOW_LIST_LINES]:
            if candidate is not line and not candidate.text.lstrip().lower().startswith("from"):
                break
            ends += [(end, candidate) for end in date_sentences._window_ends(candidate.text)]
        if ends:
            return max(ends, key=lambda found: found[0])
    return None


_WINDOW_LINES = [
    "Applications will only be accepted on-line on the following dates listed below:",  # LA
    "From 8:00 am Friday, June 22, 2018 to 11:59 pm, Thursday, July 5, 2018",
    "FROM 8:00 a.m., Tuesday, February 10, 2015 to Midnight, Thursday, February 12, 2015",
    "  from March 1, 2024 to March 15, 2024",
    "Filing is open from 1/5/2024 to 1/19/2024 and from 2/2/2024 to 2/16/2024.",  # wording we wrote
    "Apply online from 06/01/2023 to 05/01/2023",  # an end before its start: no window
    "İfrom 3/1/2024 to 3/9/2024",  # a capital I with a dot lower-cases to two characters
    "The examination may close without prior notice.",
    "Class Code 1513 CONT. . . . 06-22-18",
    "Salary from $5,000 to $6,000",
    "",
]


@SETTINGS
@given(st.lists(st.sampled_from(_WINDOW_LINES), max_size=14))
def test_last_window_end_as_the_plain_reader(texts: list[str]) -> None:
    lines = [Line(text=text, number=number) for number, text in enumerate(texts, start=1) if text]
    dated = [line for line in lines if has_digit(line.text)]
    assert date_sentences._last_window_end(lines, dated) == _plain_last_window_end(lines)


@pytest.mark.parametrize("text", ["From", " fROM 1", "İfrom", "Σfrom", "fro", "", "ﬀrom", "ǅfrom"])
def test_from_test_on_four_characters_as_on_the_line(text: str) -> None:
    assert text.lstrip()[:4].lower().startswith("from") == text.lstrip().lower().startswith("from")


# ---------------------------------------------------------------------------------------------------
# _date_kind and _label_kind: one search for any kind's label before the kinds are asked in turn.


def _plain_date_kind(label: str) -> str | None:
    for kind, pattern in date_labels.DATE_LABELS:
        if pattern.search(label):
            return kind
    return None


def _plain_label_kind(text: str) -> str | None:
    label = date_labels._LABEL_ONLY.match(text)
    if not label or len(label.group("label").split()) > date_labels.MAX_LABEL_WORDS:
        return None
    return _plain_date_kind(label.group("label"))


_KIND_FRAGMENTS = [
    "Closing", "Date", "Opens", "Posted on", "Rev.", "R", "Est.", "Approved", "CSB", "Board Action", "Until Filled",
    "Apply by", "ANNUAL SALARY", "Notes", "Exam Open", "Effective", "Updated", "***", "  ", ":", " ", "\t", "-", "1",
    "ſ", "Ⅰ", "Deadline", "accountant",
]  # fmt: skip


@SETTINGS
@given(_texts(_KIND_FRAGMENTS))
def test_date_and_label_kinds_as_the_plain_readers(text: str) -> None:
    assert date_labels._date_kind.__wrapped__(text) == _plain_date_kind(text)
    assert date_labels._label_kind.__wrapped__(text) == _plain_label_kind(text)


@pytest.mark.parametrize(
    "text",
    [
        "Closing Date:",  # wording of several employers' headers
        "Date Posted",
        "*** Revised ***",
        "Board Action:   ",
        "APPLICATION DEADLINE",  # LA's heading over its deadline sentence
        "ACCOUNTANT",
        "Class Specification Established 1971 and revised since",  # too long to be a label
        "   : Closes",
        "",
    ],
)
def test_label_kind_on_header_wording(text: str) -> None:
    assert date_labels._label_kind.__wrapped__(text) == _plain_label_kind(text)


# ---------------------------------------------------------------------------------------------------
# The deadline and filing-period sentences searched from the first word a match can start with.


def _plain_deadline(text: str) -> date | None:
    if not re.search(r"\d", text):
        return None
    match = date_sentences._DEADLINE_SENTENCE.search(text)
    return parse_date(match.group("date")) if match else None


def _plain_period(text: str) -> tuple[date, date] | None:
    match = date_sentences._PERIOD.search(text)
    if not match:
        return None
    start, end = parse_date(match.group("start")), parse_date(match.group("end"))
    return (start, end) if start and end and start <= end else None


_SENTENCE_FRAGMENTS = [
    "Applications must be received by ", "THURSDAY, APRIL 12, 2018", "We're accepting submissions until ",
    "No later than ", "no later than close of business ", "11th January 2012", "Applications close on ",
    "apply before ", "Apply online by ", "postmarked ", "filed on or before ", "Filing Period 1 | ",
    "Application period: ", "3/1/2024 - 3/15/2024", " to ", "JUNE 5, 2026", "xreceived by ", "the application ",
    "Recruitment window ", " ", ". ", "\t", "İ", "ſ", "Accepted until ", "Applications are due ",
]  # fmt: skip


@SETTINGS
@given(_texts(_SENTENCE_FRAGMENTS))
def test_deadline_and_period_as_the_plain_search(text: str) -> None:
    assert date_sentences._deadline_date.__wrapped__(text) == _plain_deadline(text)
    assert date_sentences._application_period.__wrapped__(text) == _plain_period(text)


@pytest.mark.parametrize(
    "text",
    [
        "Applications must be received by THURSDAY, APRIL 12, 2018.",  # LA
        "We're accepting submissions until Wednesday, May 4, 2022",  # a digital service's posting
        "No later than close of business 11th January 2012",  # a UK vacancy
        "Filing Period 1 | FRIDAY, JUNE 5, 2026 to THURSDAY, JUNE 18, 2026",
        "Application period: 3/1/2024 - 3/15/2024",
        "The department received by mail, on 3/1/2024, applications due 3/9/2024",  # wording we wrote
        "Pre-received by 4/1/2024",
    ],
)
def test_deadline_and_period_on_employers_wording(text: str) -> None:
    assert date_sentences._deadline_date.__wrapped__(text) == _plain_deadline(text)
    assert date_sentences._application_period.__wrapped__(text) == _plain_period(text)


# ---------------------------------------------------------------------------------------------------
# The employer sentences: a verb phrase's word must follow white space before the phrase is searched,
# and the wrapped-name check is made only for a line naming an employer.


def _plain_may_name_subject(text: str) -> bool:
    return bool(re.search(r"\s" + employer_sentences._SUBJECT_VERB, text))


_SUBJECT_FRAGMENTS = [
    "The City of Springfield", " is part of ", "department", " is\tpart\tof ", "\x1cis part of", " does not ",
    "discriminate", " seeks", "is an equal opportunity employer", "is  hiring", "welcomes applications",
    " offers a competitive", "Personnel Department", "partner", " ", "\t", ".", "IS", "İ", " ſeeks",
]  # fmt: skip


@SETTINGS
@given(_texts(_SUBJECT_FRAGMENTS))
def test_subject_word_test_as_the_verb_phrase(text: str) -> None:
    assert employer_sentences._subject_phrase_in(text, ascii_lowered(text)) == _plain_may_name_subject(text)


def _plain_employer_in_sentences(body: list[Line]) -> tuple[str, Line] | None:
    previous = ""
    for line in body:
        name = employer_sentences.employer_sentence_after(previous, line.text)
        if name:
            return name, line
        previous = line.text
    return None


@pytest.mark.parametrize(
    "texts",
    [
        ["Notes:", "1. Apply with the Personnel Department.", "The City of Los Angeles does not discriminate."],
        ["As a covered entity under the Act, the City of", "Los Angeles does not discriminate on the basis of"],
        ["About Us", "The Saskatchewan Apprenticeship and Trade Certification Commission (SATCC) is seeking"],
        ["Utah Valley University is an Affirmative Action/ Equal Opportunity/ Equal Access Employer."],
        ["Join the Ontario Digital Service (ODS) to build", "nothing else"],
        ["No employer named here.", ""],
    ],
)
def test_employer_in_sentences_as_the_plain_loop(texts: list[str]) -> None:
    body = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    assert header._employer_in_sentences(body) == _plain_employer_in_sentences(body)


# ---------------------------------------------------------------------------------------------------
# Title labels: a line whose first character opens no label's word is passed by without the patterns.

_TITLE_FRAGMENTS = [
    "Job Title:", "Position title ", "CLASS TITLE", "Working title", "Post title: ", "Role Title", "Title - ",
    "Classification: ", "Statewide Chief Data Officer", "### ", "#", " ", "\t", "\u00a0", "ACCOUNTANT",
    "Class Code: 1513", "1. Title", "(Title)", "ſ", "K", "İ", "title", "Jobs", "Poster ", "\x1c", "####### ",
    "The ", "CLASSIFICATION", "Role: ",
]  # fmt: skip
_TITLE_PATTERNS = (title.TITLE_LABEL, title.TITLE_LABEL_ALONE, title._CLASSIFICATION_TITLE, title._WORKING_TITLE)


@SETTINGS
@given(_texts(_TITLE_FRAGMENTS))
def test_a_line_passed_by_matches_no_title_label(text: str) -> None:
    if not title._may_open_label(text):
        assert not any(pattern.match(text) for pattern in _TITLE_PATTERNS)


@pytest.mark.parametrize(
    "texts",
    [
        ["Job Title: Web Developer", "Class Code: 1513"],  # a posting's field list
        ["###Title", "Graphics Designer"],  # a Jekyll post's heading over its value
        ["Classification Statewide Chief Data Officer", "Working title Chief AI Engineer"],  # a duty statement
        ["ACCOUNTANT", "Class Code: 1513", "Open Date: 06-22-18"],  # LA: no label at all
        ["  \u00a0Position Title:  Analyst"],
    ],
)
def test_labelled_title_on_employers_wording(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    vocab = load_vocabulary()
    fast = title.labelled_title(lines, vocab)
    monkeypatch.setattr(title, "_may_open_label", lambda text: True)  # the plain way: every line tried
    assert fast == title.labelled_title(lines, vocab)


@pytest.mark.parametrize(
    "text",
    ["City of Alameda", "COUNTY OF MARIPOSA", "IOWA STATE UNIVERSITY", "Deputy County Counsel", "ACCOUNTANT", ""],
)
def test_cached_employer_line_readers_answer_as_uncached(text: str) -> None:
    for _ in range(2):  # the second call is answered from the cache
        assert jurisdiction.jurisdiction_in(text) == jurisdiction.jurisdiction_in.__wrapped__(text)
        assert jurisdiction.specification_owner(text) == jurisdiction.specification_owner.__wrapped__(text)


# ---------------------------------------------------------------------------------------------------
# The deadline and period patterns tried only where one of their words starts (not searched on from
# the first), the filing window led by its word "from", and a word looked for in the lines joined.


@SETTINGS
@given(_texts(_SENTENCE_FRAGMENTS))
def test_search_at_the_words_as_the_plain_search(text: str) -> None:
    # "No later than" opens a deadline match at the line's start only: its caller then searches it all.
    deadline_starts = date_sentences._DEADLINE_STARTS if "later" not in text.lower() else ("",)
    for pattern, starts in (
        (date_sentences._DEADLINE_SENTENCE, deadline_starts),
        (date_sentences._PERIOD, date_sentences._PERIOD_WORDS),
    ):
        fast = date_sentences._search_from_first(pattern, text, starts)
        plain = pattern.search(text)
        if plain is None:
            assert fast is None
        else:
            assert fast is not None
            assert (fast.span(), fast.groupdict()) == (plain.span(), plain.groupdict())


# The filing window as first written, led by "\b" (the one compiled now is led by its word).
_PLAIN_WINDOW = re.compile(date_sentences._WINDOW.blind.pattern.replace(r"from(?<!\wfrom)", r"\bfrom", 1), re.I)
_WINDOW_FRAGMENTS = [
    "from 8:00 a.m., Tuesday, February 10, 2015", " to Midnight, Thursday, February 12, 2015", "From ",
    "FROM ", "xfrom ", "_from ", "éfrom ", "٣from ", "from\t", "July 2, 2019", " to ", "3/1/2024", ". ", " ",
    "Applications will only be accepted ", "ſ", "İ", "٣", "to ", "from",
]  # fmt: skip


@SETTINGS
@given(_texts(_WINDOW_FRAGMENTS))
def test_window_led_by_its_word_as_led_by_the_boundary(text: str) -> None:
    def spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(match.span(), match.groupdict()) for match in matches]  # type: ignore[attr-defined]

    assert spans(date_sentences._WINDOW.blind.finditer(text)) == spans(_PLAIN_WINDOW.finditer(text))
    if text.isascii():
        lowered = text.lower()
        assert spans(date_sentences._WINDOW.lowered.finditer(lowered)) == spans(_PLAIN_WINDOW.finditer(lowered))


_FLSA_LINES = ["FLSA Status", "Exempt", "flſa", "Fl\nsa", "FLS", "A", "ﬂsa", "İflsa", "Non-Exempt (FLSA)", ""]


@SETTINGS
@given(st.lists(_texts(_FLSA_LINES), max_size=8))
def test_word_in_the_joined_lines_as_in_some_line(texts: list[str]) -> None:
    lines = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    assert header._some_line_holds(lines, "flsa") == any("flsa" in text.lower() for text in texts)


def _plain_sentence_patterns(text: str) -> list[re.Pattern[str]]:
    """Every sentence pattern tried on every line, the object pattern whole: the plain way."""
    return [
        employer_sentences._AS_SUBJECT,
        employer_sentences._AS_OBJECT,
        employer_sentences._AT_EMPLOYER,
        employer_sentences._BENEFITS_OF,
        employer_sentences._GOVERNMENT_OF,
    ]


# ---------------------------------------------------------------------------------------------------
# Whose benefits: the whole pattern only on a line holding its end ("'s employee benefits").

_BENEFITS_FRAGMENTS = [
    "To learn more about the ", "New York City", "'s ", "’s ", "Employee ", "benefits", "BENEFITS", "benefitſ",
    "the County of Marin", " package", "employee benefit coverage", "'S ", " ", "\t", ".", "İ", "x",
]  # fmt: skip


@SETTINGS
@given(_texts(_BENEFITS_FRAGMENTS))
def test_benefits_owner_test_lets_every_match_through(text: str) -> None:
    if employer_sentences._BENEFITS_OF.search(text):
        assert employer_sentences._may_name_benefits_owner(text, text.lower() if text.isascii() else None)


@pytest.mark.parametrize(
    "text",
    [
        "To learn more about the New York City's Employee benefits, visit …",  # NYC
        "The County of Marin’s benefits package includes …",  # a county posting
        "If you accept an offer, your employee benefit coverage (including benefits) will commence.",  # LA
        "Read about the Springfield Water Authority's generous retirement benefits.",  # wording we wrote
    ],
)
def test_employer_sentence_with_the_benefits_test_as_without(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = employer_sentences.employer_sentence.__wrapped__(text)
    monkeypatch.setattr(employer_sentences, "_sentence_patterns", _plain_sentence_patterns)
    assert fast == employer_sentences.employer_sentence.__wrapped__(text)


# ---------------------------------------------------------------------------------------------------
# The subject's verb phrase searched from its "is" (and the other verbs only when one is there), the
# object's "As a … at" alternative alone on a line that cannot "join".

_VERB_FRAGMENTS = [
    "The City of Springfield", " is ", "is", "\tis\t", " IS ", "this ", "an ", "a ", "now ", "equal ",
    "opportunity", "employment", "affirmative action", "proud to be an equal", "hiring", "looking for",
    "seeking", "recruiting", "part of", "accepting applications", "committed to ", "building a ", "diversity",
    "employment equity", " does not discriminate", " invites applications", " seeks", " welcomes applicants",
    " offers an excellent", "department", " ", "\n", ".", "İ", "ſ", "K",
]  # fmt: skip


@SETTINGS
@given(_texts(_VERB_FRAGMENTS))
def test_subject_verb_led_by_is_as_the_verb_phrase(text: str) -> None:
    assert employer_sentences._subject_phrase_in(text, ascii_lowered(text)) == _plain_may_name_subject(text)


_OBJECT_FRAGMENTS = [
    "As a ", "as an ", "AS A ", "Has a ", "xAs a ", "junior developer", " at ", " AT ", "the ", "MOJ Justice Digital",
    "Join the ", "JOIN ", "join ", "Come ", "Why ", "Ontario Digital Service", ". ", " ", "\t", "ſ", "İ", "é",
]  # fmt: skip


@SETTINGS
@given(_texts(_OBJECT_FRAGMENTS))
def test_object_pattern_finds_what_the_whole_pattern_finds(text: str) -> None:
    pattern = employer_sentences._object_pattern(text)
    found = [] if pattern is None else [match.groupdict() for match in pattern.finditer(text)]
    plain = [match.groupdict() for match in employer_sentences._AS_OBJECT.finditer(text)]
    assert [groups.get("name") or groups.get("at") for groups in found] == [
        groups["name"] or groups["at"] for groups in plain
    ]


@SETTINGS
@given(_texts(_VERB_FRAGMENTS + _OBJECT_FRAGMENTS + _BENEFITS_FRAGMENTS + ["At the ", ", you ", "Alberta government"]))
def test_employer_sentence_as_with_every_pattern_tried(text: str) -> None:
    fast = employer_sentences.employer_sentence.__wrapped__(text)
    patterns = employer_sentences._sentence_patterns
    try:
        employer_sentences._sentence_patterns = _plain_sentence_patterns
        assert fast == employer_sentences.employer_sentence.__wrapped__(text)
    finally:
        employer_sentences._sentence_patterns = patterns


# ---------------------------------------------------------------------------------------------------
# Organisation and specification lines judged by their last word first; a header line naming no kind
# of government passed by; word tests on a text lower-cased once; the basis statement searched from
# the first "given".

_ORGANISATION_FRAGMENTS = [
    "Iowa State University", "IOWA STATE UNIVERSITY", "Fairfax County Public Schools", "Cook County Health",
    " Health System", "Springfield Fire District", "Regional Transit District", "Deputy Director of ", "The ",
    "State Personnel Board", " Class Specification", " specifications", "Civil Service Commission", " Job ",
    "City of Alameda", "COUNTY OF MARIPOSA", "Housing Authority", "Township", " ", "\t", "\n", "\x1c", "ſchools",
    "İ", "K", "Class Code: 1513", "ACCOUNTANT",
]  # fmt: skip


def _plain_jurisdiction_in(text: str) -> str | None:
    whole = jurisdiction.ORGANISATION_LINE.match(text)
    matches = [whole] if whole else list(jurisdiction.JURISDICTION.finditer(text))
    names = [jurisdiction._STOP.sub("", match.group(0)).strip() for match in matches]
    name = next((found for found in names if not jurisdiction._ROLE_WORD.search(found)), "")
    if jurisdiction._caps(name):
        name = " ".join(w.lower() if w.lower() in {"of", "and"} else w.capitalize() for w in name.split())
    return name or None


def _plain_specification_owner(text: str) -> str | None:
    match = jurisdiction._SPECIFICATION_OF.match(text)
    if not match:
        return None
    name = jurisdiction._KIND_WORDS.sub("", match.group("name"))
    return name if jurisdiction._ORGANISATION_WORD.search(name) and jurisdiction._good_name(name) else None


def _check_organisation_readers(text: str) -> None:
    fast, plain = jurisdiction.organisation_line(text), jurisdiction.ORGANISATION_LINE.match(text)
    assert (fast and fast.span()) == (plain and plain.span())
    assert jurisdiction.jurisdiction_in.__wrapped__(text) == _plain_jurisdiction_in(text)
    assert jurisdiction.specification_owner.__wrapped__(text) == _plain_specification_owner(text)


@SETTINGS
@given(_texts(_ORGANISATION_FRAGMENTS))
def test_organisation_readers_as_their_plain_patterns(text: str) -> None:
    _check_organisation_readers(text)


@pytest.mark.parametrize(
    "text",
    [
        "IOWA STATE UNIVERSITY",  # a university's letterhead
        "Cook County Health  ",  # a health system's, with trailing spaces
        "California State Personnel Board Specification",  # CalHR
        "Civil Service Commission Class Specifications",  # wording we wrote
        "Utah Valley University\n",
        "Class Code: 1513",  # LA
    ],
)
def test_organisation_readers_on_employers_wording(text: str) -> None:
    _check_organisation_readers(text)


_WORD_FRAGMENTS = [
    "Class Codes", "series", "DEFINITION", "codes", "Full-Time", "part time", "AS NEEDED", "ſ", "İ", "x", " ",
]  # fmt: skip


@SETTINGS
@given(_texts(_WORD_FRAGMENTS))
def test_word_tests_on_a_text_lowered_once_as_may_contain(text: str) -> None:
    lowered = ascii_lowered(text)
    assert lowered == (text.lower() if text.isascii() else None)
    for words in (document_kind._SERIES_WORDS, ("codes",)):
        assert holds_any(lowered, words) == may_contain(text, words)
    for _ in range(2):  # the second answer comes from the cache
        assert exam.may_name_employment(text) == may_contain(text, exam._KIND_WORDS)
        assert header_dates._has_digit(text) == has_digit(text)


_ENDING_FRAGMENTS = ["Specification", "SPECIFICATIONS", "university", "n/a", "N/A", "-", ":", " ", "\t", "\n", "x", "ſ"]


@SETTINGS
@given(_texts(_ENDING_FRAGMENTS))
def test_an_ending_rules_a_text_out_only_when_its_pattern_cannot_match_it(text: str) -> None:
    """ends_with_none against a pattern that must end with one of the words (white space after it aside,
    any letter case): it says no only where the pattern finds nothing, and only for ASCII text."""
    for endings in (("specification", "specifications"), ("university",), ("-", "n/a", "na", "none")):
        pattern = re.compile("(?:" + "|".join(map(re.escape, endings)) + r")\s*$", re.I)
        if ends_with_none(text, endings):
            assert text.isascii()
            assert pattern.search(text) is None
        elif text.isascii():
            assert pattern.search(text) is not None


_BASIS_FRAGMENTS = [
    "THIS EXAMINATION IS ", "to be given", "TO BE GIVEN", "to\tbe  given", "xto be given", " to be\ngiven ",
    "given", "tobe given", "to to be be given", " both on an interdepartmental promotional and ", "an open competitive",
    " basis", "BASIS", ". ", " ", "\t", "ſ", "٣", "İ", "be ", "to ",
]  # fmt: skip


@SETTINGS
@given(_texts(_BASIS_FRAGMENTS))
def test_basis_statements_from_the_first_given_as_the_plain_search(text: str) -> None:
    assert list(exam._basis_statements(text)) == [match.group("how") for match in exam._BASIS.finditer(text)]


# ---------------------------------------------------------------------------------------------------
# Header lines judged by their words or their end before a pattern tried at every position.

_HEADER_FRAGMENTS = [
    "Web operations", " job description", " Job Description", " CLASS SPECIFICATION", " position profile", " spec",
    "Revised: ", "Closing Date", ": ", "--", "—", "N/A", "n/a", "None", "na", "FLSA", " Status: ", "Non-Exempt",
    "exempt", "Bargaining Unit", "Representation Unit", "Union: Non Union", "Employee Group", " #", "Class Code",
    "code", "A3", " ", "\t", "\n", "\x1c", "ſ", "İ", "K", "٣", ".",
]  # fmt: skip


def _check_header_line(text: str) -> None:
    assert title._kind_removed(text) == title.DOCUMENT_KIND.sub("", text)
    fast, plain = header_dates._blank_date(text), header_dates._BLANK_DATE.match(text)
    assert (fast and fast.groupdict()) == (plain and plain.groupdict())
    flsa = header.FLSA.search(text)
    assert header._flsa(text) == (
        None if not flsa else "exempt" if flsa.group("status").lower() == "exempt" else "non_exempt"
    )
    unit = header.BARGAINING_UNIT.search(text)
    assert header._bargaining_unit(text) == (header._value(unit.group("unit")).rstrip(".") if unit else None)
    assert title._title_cell(text) == title._title_cell.__wrapped__(text)


@SETTINGS
@given(_texts(_HEADER_FRAGMENTS))
def test_header_line_prechecks_as_the_plain_patterns(text: str) -> None:
    _check_header_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Revised: --",  # a county's class specification
        "Closing Date: N/A",  # a job board's field
        "Revised: None ",
        "Established:\tn/a",  # wording we wrote
        "Programme Delivery Manager job description",  # a UK job description
        "Custodian Class Specification\n",
        "FLSA Status: Non-Exempt",
        "Bargaining Unit: A3 Date Adopted: March 3, 2015",
        "CHIEF PARK RANGER\t\tClass Code: 1968",
    ],
)
def test_header_line_prechecks_on_employers_wording(text: str) -> None:
    _check_header_line(text)


@pytest.mark.parametrize(
    "texts",
    [
        ["ACCOUNTANT", "Class Code: 1513", "Open Date: 06-22-18"],  # LA
        ["Job Title: Web Developer", "Bargaining Unit: A3", "FLSA Status: Exempt", "Revised: --"],  # a posting
        ["CHIEF PARK RANGER\tClass Code: 1968", "Union: Non Union", "Representation Unit: B2"],  # wording we wrote
    ],
)
def test_read_header_with_word_tests_as_without(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    vocab = load_vocabulary()
    fast = header.read_header(lines, [], [], lines, vocab)
    monkeypatch.setattr(header, "may_contain", lambda text, words: True)  # the plain way: every pattern tried
    assert fast == header.read_header(lines, [], [], lines, vocab)


# ---------------------------------------------------------------------------------------------------
# labelled_title: only the lines that may open a label are listed, the line below a bare "Title"
# label found when needed (not a list of every non-blank line made first).


def _plain_labelled_title(lines: list[Line], vocab: object) -> tuple[str, Line] | None:
    """labelled_title as first written: every non-blank line listed, each tried with the patterns."""
    content = [line for line in lines if line.text.strip()]
    form = any(title._WORKING_TITLE.match(line.text) for line in content)
    found: dict[int, tuple[str, Line]] = {}
    for position, line in enumerate(content):
        labelled = title.TITLE_LABEL.match(line.text)
        if not labelled and (form or ":" in line.text):
            labelled = title._CLASSIFICATION_TITLE.match(line.text)
        if labelled and line.text[labelled.end() :].strip():
            value = title.clean_title(title._value(title._title_cell(line.text[labelled.end() :])), vocab)  # type: ignore[arg-type]
            if value and title._plausible_value(value):
                found.setdefault(title._rank(labelled.group(0)), (value, line))
        elif title.TITLE_LABEL_ALONE.match(line.text) and position + 1 < len(content):
            below = content[position + 1]
            value = title.clean_title(title._title_cell(below.text), vocab)  # type: ignore[arg-type]
            if value and title._plausible(value):
                found.setdefault(title._rank(line.text), (value, below))
        if 0 in found:
            break
    return found[min(found)] if found else None


_TITLE_LINES = [
    "Job Title: Web Developer", "###Title", "Graphics Designer", "Classification Statewide Chief Data Officer",
    "Working title Chief AI Engineer", "Title", "", "   ", "\u00a0", "ACCOUNTANT", "Class Code: 1513",
    "Position Title:  Analyst", "POST TITLE: Developer", "Classification: Exempt", "İ Title", "title:",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(_TITLE_LINES), max_size=10))
def test_labelled_title_as_the_plain_reader(texts: list[str]) -> None:
    lines = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    vocab = load_vocabulary()
    assert title.labelled_title(lines, vocab) == _plain_labelled_title(lines, vocab)


# ---------------------------------------------------------------------------------------------------
# read_dates: each sentence reader asked only of the dated lines that pass its word tests.

_READERS = (
    (date_sentences.PERIOD, date_sentences._application_period),
    (date_sentences.WINDOW, date_sentences._window_ends),
    (date_sentences.DEADLINE, date_sentences._deadline_date),
    (date_sentences.APPROVAL, date_sentences._approval_date),
)


@SETTINGS
@given(_texts(_SENTENCE_FRAGMENTS + _WINDOW_FRAGMENTS + ["was approved on ", "were adopted ", "APPROVED", "٣"]))
def test_a_reader_whose_hint_is_off_finds_nothing(text: str) -> None:
    hints = date_sentences.reader_hints(text)
    for bit, reader in _READERS:
        if not hints & bit:
            assert not reader.__wrapped__(text)  # type: ignore[attr-defined]


def _plain_read_dates(body: list[Line]) -> dict[str, date | None]:
    """The body's part of read_dates as first written: each reader asked of every dated line in turn."""
    dates: dict[str, date | None] = dict.fromkeys(("approved", "established", "revised", "open", "closing"))
    lines = [line for line in body if line.text]
    dated = [line for line in lines if has_digit(line.text)]
    period = date_sentences._first_found(date_sentences._application_period, dated)
    if period:
        dates["open"], dates["closing"] = period[0]
    if dates["closing"] is None:
        windows = date_sentences._last_window_end(lines, dated)
        if windows:
            dates["closing"] = windows[0]
    with_digit = {id(line) for line in dated}
    for kind, (value, _) in date_labels._labels_over_dates(lines[:60], with_digit).items():
        if dates.get(kind) is None:
            dates[kind] = value
    for kind, reader in (("closing", date_sentences._deadline_date), ("approved", date_sentences._approval_date)):
        if dates[kind] is None:
            found = date_sentences._first_found(reader, dated)
            if found:
                dates[kind] = found[0]
    return dates


_BODY_LINES = [
    *_WINDOW_LINES,
    "Applications must be received by THURSDAY, APRIL 12, 2018.",  # LA
    "Filing Period 1 | FRIDAY, JUNE 5, 2026 to THURSDAY, JUNE 18, 2026",
    "Application period: 3/1/2024 - 3/15/2024",
    "Note: This was approved as an SPB Staff Item on October 26, 2000.",  # CalHR
    "The class was adopted 7/1/09 by the board.",  # wording we wrote
    "Closing Date",
    "02/11/2013",
    "1. Two years of full-time paid experience; or",
    "İ was approved on 3/3/2020",
]


@SETTINGS
@given(st.lists(st.sampled_from(_BODY_LINES), max_size=12))
def test_read_dates_with_reader_hints_as_every_reader_on_every_line(texts: list[str]) -> None:
    body = [Line(text=text, number=number) for number, text in enumerate(texts, start=1)]
    assert header_dates.read_dates([], [], body, []) == _plain_read_dates(body)
