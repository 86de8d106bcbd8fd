"""The requirement readers' shortcuts give exactly what the plain patterns give.

Each shortcut here (a literal-led pattern on lower-cased text, one word pattern at a time, a literal test
before a case-sensitive pattern) is compared with the plain pattern it stands for, on wording we wrote
for the edge cases: letter case, word boundaries, stray whitespace, non-ASCII letters, and requirement
wording in the styles of several employers (civil-service bulletins, class specifications, postings).
"""

from __future__ import annotations

import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from specparse.fields import (
    alternatives,
    courses,
    credentials,
    durations,
    education,
    experience,
    experience_phrases,
    experience_years,
    licenses,
    requirement_facts,
    requirements,
    salary,
    spacing,
)
from specparse.prechecks import may_contain
from specparse.word_prechecks import Letters

# Requirement wording in several employers' styles, and edge cases for the word tests.
TEXTS = [
    "",
    "Two years of full-time paid experience as a Management Assistant with the City of Los Angeles.",
    "Three years of experience in accounting, which includes payroll.",
    "EXPERIENCE IN PUBLIC WORKS, INCLUDING INSPECTION; OR",
    "Five years of professional experience performing civil engineering work at least two of which",
    "Experience\tworking  in the design of bridges; and",
    "Inexperienced applicants may apply.",  # "experience" inside a word: no boundary before it
    "experiences in a lab",  # no boundary after it
    "Minimum 3+ years' experience with an agency (public or private).",
    "1 year of experience at the level of Senior Clerk",
    "Has a degree; as an Analyst: at the level of Analyst; in a class at that level.",
    "Military service or employment counts. Working knowledge. Work.",
    "Workers' compensation and homework",  # "work" only inside longer words
    "Teamwork",
    "A bachelor's degree in biology",
    "ſervice in the armed forces",  # re.I matches "ſ" to "s": the plain pattern decides
    "Experience in café management",
    "Two years EXPERIENCE doing fieldwork or experience involving the design of systems",
    "Experience as a Custodian Supervisor, or four years of experience as a Custodian.",
    "Experience in the operation of heavy equipment including cranes",
    "experience in ; x",
    "Experience in  ab.",  # too short a field
    "A valid California driver's license is required.",
    "Possession of a valid Class A California Driver's License and a Commercial Learner's Permit.",
    "A Registered Nurse License issued by the State Board of Registered Nursing.",
    "Certification as a Water Treatment Operator Grade T2 may be required.",
    "FIRST AID CERTIFICATE AND CPR CERTIFICATION",
    "A current Professional Engineer Licence (Ontario).",
    "valid registration as a Professional Geologist",
]

# The plain patterns the readers' shortcuts stand for.
_PLAIN_EXPERIENCE_FIELD = re.compile(
    r"\bexperience\s+(?:(?:working\s+)?(?:in|as|with|performing|at|doing|involving)\s+(?:an?\s+|the\s+)?)"
    r"(?P<field>[^.;:()]{3,160}?)(?=[.;:(]|,?\s+(?:which|including|or\s+(?:two|three|four|one|\d)|of\s+which|at\s+least)\b|$)",
    re.I,
)


def _plain_experience_field(text: str) -> str | None:
    match = _PLAIN_EXPERIENCE_FIELD.search(text) or requirements._EXPERIENCE_BEFORE.search(text)
    return requirements._tidy_field(match.group("field")) if match else None


@pytest.mark.parametrize("text", TEXTS)
def test_experience_cue_word_by_word_as_the_alternation(text: str) -> None:
    assert experience_years.has_experience_cue(text) == bool(experience_years._EXPERIENCE_CUE.search(text))


@pytest.mark.parametrize("text", TEXTS)
def test_experience_field_as_the_plain_pattern(text: str) -> None:
    requirements.experience_field.cache_clear()  # type: ignore[attr-defined]
    assert requirements.experience_field(text) == _plain_experience_field(text)


@pytest.mark.parametrize("text", TEXTS)
def test_licence_names_skipped_only_without_their_words(text: str) -> None:
    # The literal test before LICENSE_NAME never skips a sentence the pattern finds a name in.
    named = "Licen" in text or "Certificat" in text or "Registration" in text
    assert named or not list(licenses.LICENSE_NAME.finditer(text))


DURATION_TEXTS = [
    *TEXTS,
    "One and a half years of experience; one and one-half years; two and a half yrs. of work",
    "Twenty-four months, twenty months, thirty-six months or forty-eight months of service",
    "Someone with ten years (10) or more full-time paid experience",  # "one" and "ten" inside words
    "1-2 years, 3 to 5 years, 7 – 10 years, 1½ years, 1 1/2 years, 2.5 years, 5+ years",
    "a year, an additional year, half a year, eighteen months, fourteen months, 12 months",
    "Three (3) years; FOUR YEARS; Six\tmonths; eleven  yrs",
    "At least 2,080 hours of experience as a Lifeguard",
    "A 2-year assignment within six months of hire",
    "years of experience without a figure",
    "١٢ years",  # Arabic-Indic digits: \d matches them, not the ASCII digits
]


@pytest.mark.parametrize("text", DURATION_TEXTS)
def test_lower_case_duration_finds_what_duration_finds(text: str) -> None:
    # The words as one alternation, each digit as its own branch: the same matches at the same places.
    plain = [
        (m.span(), m.span("num"), m.span("upper"), m.span("unit")) for m in experience_years.DURATION.finditer(text)
    ]
    if text.isascii():
        lower = durations.DURATION_LOWER.finditer(text.lower())
        assert [(m.span(), m.span("num"), m.span("upper"), m.span("unit")) for m in lower] == plain
    found = durations.find_duration(text)
    assert (found.span() if found else None) == (plain[0][0] if plain else None)
    for start in range(len(text)):  # experience._kind matches at the start of what is left
        fast, at = durations.match_duration(text[start:]), experience_years.DURATION.match(text[start:])
        assert (fast and fast.span()) == (at and at.span())


def test_alternatives_try_the_longer_of_two_words_first() -> None:
    words = sorted(
        ["a", "an", "one", "one-half", "one and a half", "two", "twenty", "twenty-four"], key=len, reverse=True
    )
    pattern = re.compile("(?:" + "|".join(durations._alternatives(words)) + ")")
    plain = re.compile("(?:" + "|".join(re.escape(word) for word in words) + ")")
    for text in ["one and a half", "one-half", "twenty-four", "twenty-", "an", "a", "one and a", "twoo", "x"]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


# Experience clauses naming classes and roles, in several employers' wording.
CLASS_TEXTS = [
    *TEXTS,
    "Two years as a Senior Clerk Typist, or in a class at the level of Principal Clerk; or as an Accountant.",
    "at the level of an Equipment Operator, Power Shovel Operator or Carpenter",
    "experience in the class of Program Systems Analyst, Range C",
    "performing the duties of a Research Program Specialist I; the duties of a Staff Services Analyst",
    "Bathe duties of X; inequivalent to Y; equivalent to that of an Associate Engineer",
    "as a City department's representative",
    "as an exempt or contract Administrative Hearing Examiner.",
    "as a police cadet, police aide, Police Student Worker (with the City), or Community Officer",
    "has a degree; was an Analyst; _as a Clerk; 9as a Clerk; Éas a Clerk",
    "AS A SENIOR CLERK",
]


def _lead_led(pattern: str) -> str:
    """The plain form of a pattern whose words are led by themselves: "as(?<!\\was)" back to "\\bas"."""
    return re.sub(r"(\w+)\(\?<!\\w\1\)", r"\\b\1", pattern)


_PLAIN_CLASS_LEAD = (
    r"\b(?:as\s+(?:an?|the)|at\s+the\s+level\s+of(?:\s+an?)?|in\s+the\s+(?:class|classification|position)\s+of(?:\s+an?)?"
    r"|(?:performing\s+)?the\s+duties\s+of(?:\s+an?)?|equivalent\s+to(?:\s+that\s+of)?(?:\s+an?)?)"
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


@pytest.mark.parametrize("text", CLASS_TEXTS)
def test_class_and_role_patterns_find_what_the_plain_ones_find(text: str) -> None:
    lead_end = experience._CLASS.pattern.index(r"\s+(?P<title>")
    plain_class = re.compile(_PLAIN_CLASS_LEAD + experience._CLASS.pattern[lead_end:])
    assert _found(experience._CLASS, text) == _found(plain_class, text)
    for fast in (experience._ROLE, experience._MODIFIED_CLASS):
        plain = re.compile(_lead_led(fast.pattern))
        assert plain.pattern.startswith(r"\bas\s+an?\s+")
        assert _found(fast, text) == _found(plain, text)
        for start in range(len(text)):  # field() matches at a role's place
            fast_match, plain_match = fast.match(text, start), plain.match(text, start)
            assert (fast_match and fast_match.span()) == (plain_match and plain_match.span())


# Schooling phrased as the narrower level words name it, and wording they must skip ("four years of
# experience" holds "four year" but names no four-year college).
SCHOOLING_TEXTS = [
    *TEXTS,
    "Four years of full-time paid experience; two years of experience as a Clerk",
    "Graduation from high school and two (2) years of college",
    "Graduation from an accredited four-year college or university",
    "graduation from a recognized university; graduation from an accredited recognized college",
    "Four (4) years of college; four (4)-year degree; FOUR-YEAR UNIVERSITY; four  years of university",
    "Two-year college; two (2) year course of study; two year program of study; two-year diploma",
    "Two (2) years of university or 60 semester units or 90 quarter hours",
    "College-level course work; college level units; units of college; units in college; college certificate",
    "some college; post secondary studies; technical certificate; relevant certificate",
    "associate's degree or a related diploma",
    "Ｆour-year college",  # a full-width letter: not ASCII, the patterns decide
]


@pytest.mark.parametrize("text", SCHOOLING_TEXTS)
def test_level_words_never_skip_a_level_the_pattern_names(text: str) -> None:
    letters = Letters(text)
    for level, pattern in education.EDUCATION_LEVELS:
        if pattern.search(text):
            assert letters.may_hold(education._LEVEL_WORDS[level]), (level, text)


LICENCE_TEXTS = [
    *TEXTS,
    "A valid California Class C driver license; a driving licence; an operator's license",
    "Valid Driver's License required. DRIVERS LICENSE. driver's' license. Drivers' Licence",
    "Possession of a Class A commercial driver's license with tanker endorsement is required.",
    "Screwdriver's license (a joke); redriving license",  # "driv" inside a word: no boundary before it
    "Identification such as a passport or drivers' license",
    "A valid driver\u2019s license",  # a curly apostrophe: not ASCII, the plain pattern decides
    "DRIVıNG LICENSE",  # re.I matches the dotless "ı" to "i"
]


@pytest.mark.parametrize("text", LICENCE_TEXTS)
def test_licence_patterns_skipped_or_led_as_the_plain_ones(text: str) -> None:
    plain = re.compile(r"\b(?:driver'?s?'?|driving)\s+licen[cs]e", re.I).search(text)
    fast = licenses.DRIVERS_LICENSE.search(text)
    assert (fast and fast.span()) == (plain and plain.span())
    if licenses._LICENSE_GENERIC.search(text):
        assert may_contain(text, licenses._GENERIC_WORDS)


COURSE_TEXTS = [
    *TEXTS,
    "Completion of four courses, of at least three semester or four quarter units each, in Information Systems",
    "12 semester units or 18 quarter units in drafting; 15 Semester Units; two courses in accounting",
    "One course at either the high school or college level in algebra",
    "Completion of 60 units at an accredited college",  # units without semester or quarter
    "three SEMESTER or four QUARTER hours",
]


@pytest.mark.parametrize("text", COURSE_TEXTS)
def test_course_patterns_skipped_only_without_their_words(text: str) -> None:
    if courses._UNITS.search(text):
        assert may_contain(text, ("semester", "quarter"))
    if courses._COUNT.search(text):
        assert may_contain(text, ("course",))


@pytest.mark.parametrize(
    "text", [*TEXTS, "A LICENSE AS A CERTIFIED WELDER IS REQUIRED", "Ünïcode ÉCLAIR ſ", "Mixed CASE words 123", ""]
)
def test_letter_counts_as_isalpha_and_isupper(text: str) -> None:
    letters = [character for character in text if character.isalpha()]
    assert credentials._letter_counts(text) == (len(letters), sum(character.isupper() for character in letters))


FIELD_TEXTS = [
    *TEXTS,
    *CLASS_TEXTS,
    "A bachelor's degree in Public Administration, or a closely related field",
    "Graduation from college with a major in Biology; course work in accounting and two years of experience",
    "Completion of 12 semester units in chemistry, physics or geology; COURSEWORK IN STATISTICS",
    "degrees in art; pedigree in horses; majority in favour",  # the words inside longer ones
    "three years of experience which provides experience in: budgeting, payroll",
    "two years teaching experience which includes marine science",
    "experience in a position that involves performing audits",
    "Whichever comes first; that is",
    "six months analyzing data; two years Reviewing plans",
    "experience in one or more of the following areas: welding, cutting",
]
_PLAIN_EDUCATION_FIELD = re.compile(
    r"\b(?:degree|major|units|course\s*work|coursework|courses|graduation)\b"
    + requirements._EDUCATION_FIELD.blind.pattern.split(r"\b", 1)[1],
    re.I,
)
_PLAIN_PROVIDES = re.compile(
    r"\b(?:which|that)" + experience._PROVIDES.blind.pattern.split(r"that(?<!\wthat))", 1)[1], re.I
)


@pytest.mark.parametrize("text", FIELD_TEXTS)
def test_field_patterns_led_by_their_words_find_what_the_plain_ones_find(text: str) -> None:
    assert _PLAIN_EDUCATION_FIELD.pattern.startswith(
        r"\b(?:degree|major|units|course\s*work|coursework|courses|graduation)\b[^.;]"
    )
    fast = requirements._EDUCATION_FIELD.search(text)
    plain = _PLAIN_EDUCATION_FIELD.search(text)
    assert (fast and (fast.span(), fast.span("field"))) == (plain and (plain.span(), plain.span("field")))
    assert _PLAIN_PROVIDES.pattern.startswith(r"\b(?:which|that)\s+(?:provides?")
    fast, plain = experience._PROVIDES.search(text), _PLAIN_PROVIDES.search(text)
    assert (fast and (fast.span(), fast.span("rest"))) == (plain and (plain.span(), plain.span("rest")))
    for start in range(0, len(text) + 1, 7):
        fast, plain = experience._experience_word(text, start), experience._EXPERIENCE_WORD.search(text, start)
        assert (fast and fast.span()) == (plain and plain.span())
    plain_doing = re.compile(experience._UNIT_THEN_DOING.blind.pattern, re.I)
    assert bool(experience._UNIT_THEN_DOING.search(text)) == bool(plain_doing.search(text))
    if experience._THE_FOLLOWING.search(text):
        assert may_contain(text, ("following",))


REQUIRED_TEXTS = [
    *LICENCE_TEXTS,
    "An EPA-approved Universal Technician Certification is required at the time of filing.",
    "A State Water Board Distribution Operator Grade D2 certificate may be required prior to probation.",
    "Incumbents must possess a valid certificate; it must be maintained. Possession of a license.",
    "A LICENSE AS A CERTIFIED WELDER IS REQUIRED",
    "This job requires a Class A license; the position REQUIRES certification",
    "His required certificate; therequired; requirement of the post; musty license",  # not the words
    "Shall be\trequired;  will   be highly required",
    "A certificate is desired, not required, and a plus",
    "Certificate ſhall be required",  # not ASCII: the plain pattern decides
]


@pytest.mark.parametrize("text", REQUIRED_TEXTS)
def test_credential_requirement_read_branch_by_branch_as_the_plain_pattern(text: str) -> None:
    assert credentials._requires(text) == bool(credentials._REQUIRED.search(text))
    if credentials._NOT_REQUIRED.search(text):
        assert may_contain(text, credentials._NOT_REQUIRED_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        *CLASS_TEXTS,
        "Two years of experience with the City of Los Angeles as a Clerk",
        "experience , with the City of Los Angeles' Departments of Water and Power, in accounting",
        "experience,,  with the County of Orange;  for the State of California and employed by the City of X",
        "experience\twith City of Long Beach\nfor the State of",  # the second phrase is cut short
        "notwith the City of Q; forthe County of R; with the city of los angeles",  # no boundary, lower case
        "with the City of A with the City of B",  # one phrase right after another
    ],
)
def test_employer_phrases_dropped_as_the_plain_pattern_drops_them(text: str) -> None:
    assert experience_phrases.without_employer(text) == experience_phrases.EMPLOYER_PHRASE.sub("", text)


TAIL_TEXTS = [
    *CLASS_TEXTS,
    "Accounting; and",
    "Accounting, or ",
    "Portland",
    "Accounting ,;: AND\t",
    "Accounting, and ,",
    "budgets or",
    "x\n",
    "",
    ", or",
    "Café; or",  # not ASCII: the plain pattern decides
]


@pytest.mark.parametrize("text", TAIL_TEXTS)
def test_tail_read_from_the_end_as_the_plain_pattern(text: str) -> None:
    assert experience_phrases.without_tail(text) == experience_phrases.TAIL.sub("", text)


@pytest.mark.parametrize(
    "text",
    [
        *CLASS_TEXTS,
        "Two years as a Clerk, or in a class at that level performing accounting work",
        "Two years as a Clerk ,  or in a clerical class at an equivalent level",
        "as an Accountant,, or in a position which is at the level of Senior Accountant (x) budgets",
        "as a Clerk or in a class at the level of Principal Clerk",
        "as a Clerk; for in a class at that level",  # "or" inside a word
    ],
)
def test_alternate_class_starts_where_the_plain_pattern_starts(text: str) -> None:
    plain = experience_phrases.ALTERNATE.search(text)
    found = experience_phrases.alternate_class(text)
    if plain is None or found is None:
        assert (
            "or" not in text or not any(word in text for word in experience_phrases.ALTERNATE_WORDS) or plain is found
        )
    else:
        start, match = found
        assert (start, match.end(), match.group("rest")) == (plain.start(), plain.end(), plain.group("rest"))


@pytest.mark.parametrize(
    "text",
    [
        *COURSE_TEXTS,
        "One year of high school or college level algebra",
        "two semesters of university-level chemistry; three quarters of High School Level physics",
        "experience at the level of Senior Clerk",
    ],
)
def test_level_study_skipped_only_without_its_words(text: str) -> None:
    if courses._LEVEL_STUDY.search(text):
        assert may_contain(text, courses._LEVEL_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        *TAIL_TEXTS,
        "Graduation from college; and",
        "at the level of",
        "Experience in budgets (or",
        "band",
        "x\n\n",
        "BRAND AND",
    ],
)
def test_sentence_end_read_from_the_end_as_the_plain_pattern(text: str) -> None:
    assert alternatives._ends_sentence(text) == bool(alternatives._ENDS_SENTENCE.search(text))


@pytest.mark.parametrize(
    "text",
    [
        *LICENCE_TEXTS,
        "A valid driver's license may be required for some positions.",
        "Selected positions require a Class B license; positions in some departments; positions may require",
        "Employees who intend to drive their own vehicle must possess a license.",
        "For those positions requiring a valid Class A license; for positions which require travel",
        "If required, a license; if assigned to the field; depending on assignment",
        "A handsome position; awesome positions; whom we wish to hire",  # the words inside others
        "ſome positions require it",  # not ASCII: the plain pattern decides
    ],
)
def test_some_positions_read_branch_by_branch_as_the_plain_pattern(text: str) -> None:
    assert licenses._names_some(text) == bool(licenses._SOME.search(text))


# Generated texts: fragments that matter to a shortcut, joined at random (as in the other fast-path files).
SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)


def _texts(fragments: list[str], size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(fragments), max_size=size).map("".join)


# Pay wording of civil-service bulletins ("$49,903 to $72,996", "(flat-rated)"), postings ("$25.50 - $31.00
# per hour", "USD 60k annually") and field lists ("MONTH", "Bi-Weekly"), split so that the period words
# are also made up of pieces ("mo" + "nthly", "/" + " " + "hr"), with letters re.I folds to ASCII ones.
_PERIOD_FRAGMENTS = [
    "$49,903", " to ", "$72,996", " per", " hour", "ly", " an", " a", " h", "ou", "r", "/", " ", "p/h", "hr", ".",
    "bi", "-", "week", "s", "every two", " pay period", "semi", "mo", "nth", "twice", "wk", "year", "annu", "al",
    "annum", "yr", "MONTH", "Bi-Weekly", "HOURLY", "Per Annum", "(flat-rated)", "x", "ſ", "İ", "K", "ﬁ", "٣",
]  # fmt: skip


def _plain_period(text: str) -> str | None:
    for period, pattern in salary.PERIODS:
        if pattern.blind.search(text):
            return period
    return None


@SETTINGS
@given(_texts(_PERIOD_FRAGMENTS))
def test_pay_period_skips_a_pattern_only_without_its_words(text: str) -> None:
    assert salary._period(text) == _plain_period(text)


@pytest.mark.parametrize(
    "text",
    ["$20.00 per hour", "$4,000/mo.", "$90K per annum", "Bi-weekly", "every two weeks", "semi-monthly", "/ wk",
     "Twice a month", "p/h", "$35 hr", "annually", "ſemi-monthly", "$3 a ſeason", "Monthly", "no period"],
)  # fmt: skip
def test_pay_period_of_written_examples_as_the_plain_patterns(text: str) -> None:
    assert salary._period(text) == _plain_period(text)


# Experience wording of civil-service bulletins ("full-time paid experience as a Management Assistant with
# the City of Los Angeles"), class specifications ("at the level of"), postings ("3+ years' experience"),
# in pieces, with letters re.I or str.lower treat apart.
_EXPERIENCE_FRAGMENTS = [
    "Two", " years", " of", " full-time", " part-time", " Part Time", " paid", " experience", " as a",
    " Management Assistant", " with the City of Los Angeles", " at the level of", " Senior Clerk", "; or",
    " 2,080 hours", " 600 hours", " 1000 cumulative hours", " six months", "3+", " years'", " in", " accounting",
    ",", ".", " or in a class at that level", " which provides experience in", " budgeting", " or", " and",
    " teaching", " FULL-TIME", " ſ", "İ", "ﬁ", " ٣", " ",
]  # fmt: skip


@SETTINGS
@given(_texts(_EXPERIENCE_FRAGMENTS))
def test_experience_description_reads_the_schedules_once_as_each_reader(text: str) -> None:
    facts = experience.describe(text)
    assert facts.schedules == experience.schedules(text)
    assert facts.full_time is experience.full_time(text)
    assert (facts.class_title, facts.alternate, facts.field) == (
        experience.class_title(text),
        experience.alternate(text),
        experience.field(text),
    )


# Schooling wording of civil-service bulletins ("Graduation from an accredited four-year college or
# university"), class specifications ("12 semester units or 18 quarter units"), postings ("BA/BS in …",
# "post-secondary certificate", "honours degree"), in pieces so that words run into one another ("x" +
# "units", "1" + "2") and with letters and digits re.I or \d treat apart from str.lower.
_SCHOOLING_FRAGMENTS = [
    "Graduation", " from", " an", " a", " accredited", " recognized", " four", "-", "(4)", " year", "s", " of",
    " college", " university", " degree", " College", " UNIVERSITY", "Bachelor", "'s", "’s", " baccalaureate",
    " honours", " honors", " undergraduate", "B.A.", "B.S.", "BA", "BS", " in", "/", "BSc", "B.Eng", "BCom",
    "BBA", " 12", "1", "2", "3", " semester", " quarter", " units", " hours", " one", " two", " three", "(2)",
    " level", " course", "work", " certificate", " some", "awe", "x", " completion", " post", "secondary",
    " studies", " technical", " related", " relevant", " ", "  ", ",", ".", "ſ", "İ", "K", "ﬁ", "٣", "some",
    "honours", "BBA", "Eng",
]  # fmt: skip


@SETTINGS
@given(_texts(_SCHOOLING_FRAGMENTS, 14))
def test_education_level_branches_match_where_the_level_pattern_matches(text: str) -> None:
    lowered = text.lower() if text.isascii() else None
    for level, pattern in education.EDUCATION_LEVELS:
        assert education.names_level(level, pattern, text, lowered) == bool(pattern.search(text)), level


@pytest.mark.parametrize(
    "text",
    [
        "Graduation from an accredited four-year college or university.",
        "A Bachelor's degree in Public Administration.",
        "BA/BS in Computer Science or a B.Sc. in Physics",
        "Completion of 60 semester units or 90 quarter units at a college",
        "Two years of college; or 2 (2) years of university",
        "units in college",
        "awesome college",  # no boundary before "some"
        "xunits of college",
        "BBA",
        "A3 years of college",  # no boundary before the figure
        "xhonours degree",
        "A post-secondary certificate or a related certificate",
        "A12 semester units",  # no boundary before the figure
        "ſome college",  # re.I matches "ſ" to "s": the plain pattern decides
    ],
)
def test_education_level_branches_on_written_examples(text: str) -> None:
    lowered = text.lower() if text.isascii() else None
    for level, pattern in education.EDUCATION_LEVELS:
        assert education.names_level(level, pattern, text, lowered) == bool(pattern.search(text)), level


# What may follow or precede a duration: schooling ("two years of college", "a three year apprenticeship"),
# training ("two years of training in an approved technical school"), time limits, wishes ("Preferred: …").
_AROUND_DURATION_FRAGMENTS = [
    " of", " full-time", " formal", " college", " University", " high school", " HIGH  SCHOOL", " undergraduate",
    " studies", " apprenticeship", " training", " program", " course", " schooling", " education", " instruction",
    " in a", " technical", " trade", " vocational", " school", " and experience", " experience", " within",
    " the", " Preferred", ":", " desired", " bonus", " plus", ".", ";", ",", " ", "-", "x", "ſ", "İ", "ﬁ", "٣",
]  # fmt: skip


@SETTINGS
@given(_texts(_AROUND_DURATION_FRAGMENTS))
def test_duration_window_patterns_need_the_words_the_text_is_tested_for(text: str) -> None:
    assert may_contain(text, experience_years._SCHOOLING_WORDS) or not experience_years._SCHOOLING_AFTER.match(text)
    assert may_contain(text, experience_years._TRAINING_WORDS) or not experience_years._TRAINING_AFTER.match(text)
    assert ":" in text or not experience_years._PREFERRED_BEFORE.search(text)


@SETTINGS
@given(_texts(["Two", " years", " 3", " months", " six", " year", " two of which", *_AROUND_DURATION_FRAGMENTS], 16))
def test_durations_of_experience_as_without_the_word_tests(text: str) -> None:
    fast = [(match.span(), figures) for match, figures in experience_years._find_durations(text)]
    # Words every text holds: each window pattern is tried, as before the word tests.
    with (
        mock.patch.object(experience_years, "_SCHOOLING_WORDS", ("",)),
        mock.patch.object(experience_years, "_TRAINING_WORDS", ("",)),
    ):
        plain = [(match.span(), figures) for match, figures in experience_years._find_durations(text)]
    assert fast == plain


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Preferred: 2 years of experience in accounting.", []),
        ("Two years in a technical school and four years of experience", ["four years"]),
        ("Three years at a trade school; 1 year of paid experience", ["1 year"]),
        ("Two years of college and three years of experience", ["three years"]),
        ("Six months of studies, then 18 months of experience", ["18 months"]),
        ("One year of formal training and 2 years of experience", ["one year", "2 years"]),
    ],
)
def test_durations_of_schooling_training_and_wishes_left_out(text: str, kept: list[str]) -> None:
    assert [match.group(0) for match, _ in experience_years._find_durations(text)] == kept


_FIGURE_FRAGMENTS = [
    "Two", "two", "TWO", " ", "(2)", " years", " months", " yrs", "1", "2,080", " hours", "½", " of", " paid",
    " full-time", "-", "to", "three", "One and a half", "an", "a", "half", "x", "ſix", "K", "٣", "İ", "ﬁ", ".",
]  # fmt: skip


@SETTINGS
@given(_texts(_FIGURE_FRAGMENTS))
def test_duration_matched_at_the_start_as_the_plain_pattern(text: str) -> None:
    fast, plain = durations.match_duration(text), durations.DURATION.match(text)
    assert (fast and (fast.span(), fast.span("num"), fast.span("unit"))) == (
        plain and (plain.span(), plain.span("num"), plain.span("unit"))
    )


def _plain_sentences(text: str) -> list[str]:
    pieces = re.split(r"(?<=[.;])\s+(?=[A-Z(])", text)
    return [piece.strip() for piece in pieces if piece.strip()]


# Requirement paragraphs of several styles: "…; or", "1. Graduation … . Two years …", "(a) …".
_SENTENCE_FRAGMENTS = [
    "Graduation from college", ".", ";", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "Two years", " of experience",
    "(a)", "or", " and", "A", "e.g.", "U.S. ", "x", "ſ", "İ", "ﬁ", "٣",
]  # fmt: skip


@SETTINGS
@given(_texts(_SENTENCE_FRAGMENTS, 14))
def test_sentences_cut_as_the_plain_split(text: str) -> None:
    assert requirements.sentences(text) == _plain_sentences(text)


_SPACING_FRAGMENTS = [
    "Management", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0", "\u1680",
    "\u2003", "\u2028", "\u2029", "\u202f", "\u3000", "\u200b", "\ufeff", "\u180e", "Assistant", ",", "ſ", "İ",
    "ﬁ", "٣", "\x00", "\U0001f600",
]  # fmt: skip


@SETTINGS
@given(_texts(_SPACING_FRAGMENTS))
def test_single_spaced_as_the_substitution(text: str) -> None:
    assert spacing.single_spaced(text) == re.sub(r"\s+", " ", text)


def test_every_white_space_character_but_the_space_is_unprintable() -> None:
    # What single_spaced rests on, over all of Unicode: re's \s is str.isspace.
    spaces = re.findall(r"\s", "".join(map(chr, range(0x110000))))
    assert [c for c in spaces if c.isprintable()] == [" "]


# Credentials named after their word ("a license as a Certified Welder", "certification as a Pest Control
# Adviser", "a license for operating a Stinger Crane"), as civil-service bulletins and postings print them.
_NAMED_AFTER_FRAGMENTS = [
    "A", " valid", " license", " LICENSE", " Licence", " certificate", " certification", " registration",
    " as", " a", " an", " for", " operating", " the", " Certified Welder", " PEST CONTROL ADVISER", " crane",
    " issued", " by", " is", " required", ",", ".", "(", " ", "  ", "\t", "re", "x", "ſ", "İ", "K", "ﬁ", "٣",
]  # fmt: skip


@SETTINGS
@given(_texts(_NAMED_AFTER_FRAGMENTS, 14))
def test_credential_named_after_its_word_as_the_case_blind_pattern(text: str) -> None:
    fast = [(m.span(), text[m.start("name") : m.end("name")]) for m in credentials._NAMED_AFTER.finditer(text)]
    plain = [(m.span(), m.group("name")) for m in credentials._NAMED_AFTER.blind.finditer(text)]
    assert fast == plain


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A license as a Certified Welder for structural steel is required.", "Certified Welder"),
        ("CERTIFICATION AS A PEST CONTROL ADVISER IS REQUIRED.", "Pest Control Adviser"),
        ("A valid license for operating a Stinger Crane may be required.", "Stinger Crane"),
    ],
)
def test_credential_named_after_its_word_keeps_its_printed_letters(text: str, name: str) -> None:
    assert [item.name for item in credentials.required_credentials(text)][:1] == [name]


def _plain_duty_chains(sections: list, paras) -> list[list]:  # type: ignore[no-untyped-def, type-arg]
    """duty_blocks.duty_chains as it read every section's share of time first (before it was asked lazily)."""
    from specparse import duty_blocks as blocks
    from specparse.fields import duties as duty_fields

    chains: list[list] = []  # type: ignore[type-arg]
    current = None
    weighted = False
    for raw in sections:
        heading = raw.heading or ""
        weighted_here = any(duty_fields.percent_share(p) for p in paras(raw))
        weighted_heading = "%" in heading and blocks._WEIGHTED_HEADING.search(heading) is not None
        if current is not None and weighted_heading and blocks._has_items(paras(raw)):
            current.append(raw)
            weighted = True
        elif (
            raw.key == "duties"
            or (current is None and duty_fields.is_column_header(heading) and weighted_here)
            or (weighted_heading and blocks._has_items(paras(raw)))
            or (blocks.lead_ins.LEAD_IN_HEADING.match(heading) and blocks._has_items(paras(raw)))
        ):
            current = [raw]
            chains.append(current)
            weighted = weighted_here
        elif current is not None and (
            duty_fields.is_column_header(heading)
            or (
                (not raw.known or raw.key == "other")
                and (weighted or blocks._NUMBERED_HEADING.match(heading) or blocks._GROUP_NUMBER.search(heading))
                and blocks._has_items(paras(raw))
            )
            or (
                blocks._number(heading) is not None
                and blocks._next_number(current, paras) == blocks._number(heading)
                and blocks._has_items(paras(raw))
            )
        ):
            current.append(raw)
            weighted = weighted or weighted_here
        else:
            current = None
            weighted = False
    return chains


# Duty blocks of class specifications ("Essential Functions" over a "% Description" table), postings
# ("Program Support (20%)" over bullets, "The role will involve:") and bulletins (numbered groups).
_DUTY_HEADINGS = [None, "Essential Functions", "% Description", "Percentage of Time Duties", "2. Complaint Review",
                  "3. Licensing Support", "Program Support (20%)", "The role will involve:", "Notes", "Objective 2"]  # fmt: skip
_DUTY_PARAGRAPHS = ["40% Prepares budget reports", "\u2022 Reviews site plans;", "1. Inspects facilities",
                    "Writes findings.", "(30%) Manages staff", "25 % - Trains crews", "100%", "x"]  # fmt: skip


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["duties", "other", "notes", "licenses"]),
            st.sampled_from(_DUTY_HEADINGS),
            st.booleans(),
            st.lists(st.sampled_from(_DUTY_PARAGRAPHS), max_size=4),
        ),
        max_size=7,
    )
)
def test_duty_chains_as_when_every_share_of_time_was_read_first(
    rows: list[tuple[str, str | None, bool, list[str]]],
) -> None:
    from specparse import duty_blocks
    from specparse.splitting.raw_sections import RawSection

    sections = [RawSection(key=key, heading=heading, known=known) for key, heading, known, _ in rows]
    texts = {id(raw): row[3] for raw, row in zip(sections, rows, strict=True)}

    def paras(raw: RawSection) -> list[str]:
        return texts[id(raw)]

    fast = [[id(raw) for raw in chain] for chain in duty_blocks.duty_chains(sections, paras)]
    plain = [[id(raw) for raw in chain] for chain in _plain_duty_chains(sections, paras)]
    assert fast == plain


def test_duty_chain_goes_on_under_a_group_title_once_a_column_header_weights_it() -> None:
    from specparse import duty_blocks
    from specparse.splitting.raw_sections import RawSection

    rows = [
        ("duties", "Essential Functions", True, ["\u2022 Reviews site plans;"]),
        ("other", "% Description", True, ["40% Prepares budget reports"]),
        ("other", "Team Support", False, ["\u2022 Trains crews;"]),
        ("notes", "Notes", True, ["\u2022 Apply online."]),
    ]
    sections = [RawSection(key=key, heading=heading, known=known) for key, heading, known, _ in rows]
    texts = {id(raw): row[3] for raw, row in zip(sections, rows, strict=True)}
    chains = duty_blocks.duty_chains(sections, lambda raw: texts[id(raw)])
    assert [[raw.heading for raw in chain] for chain in chains] == [
        ["Essential Functions", "% Description", "Team Support"]
    ]


_LICENCE_NOTE_FRAGMENTS = [
    "A valid California", " driver's", " Driver's", " DRIVER'S", " drivers'", " driving", " License", " licence",
    " license", " is required", " may be required", " Some positions", " not", " Class B", ".", ";", " ",
    "\n", "ſ", "İ", "K", "ﬁ", "٣", "x",
]  # fmt: skip


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["notes", "desirable_qualifications", "duties"]),
            st.lists(_texts(_LICENCE_NOTE_FRAGMENTS, 10), max_size=4),
        ),
        max_size=4,
    )
)
def test_licences_anywhere_as_each_paragraph_read(blocks: list[tuple[str, list[str]]]) -> None:
    plain = [
        item
        for key, paragraphs in blocks
        for paragraph in paragraphs
        for item in licenses.driving_licenses(paragraph, preferred=key == "desirable_qualifications")
    ]
    assert requirement_facts.licenses_anywhere(blocks) == plain
    assert requirement_facts.licenses_anywhere(blocks) == plain  # again, from the memo


def test_licences_anywhere_finds_a_driver_licence_in_any_letter_case() -> None:
    blocks = [
        ("duties", ["Drives to field sites."]),
        ("notes", ["Apply online.", "A VALID CALIFORNIA DRIVER'S LICENSE IS REQUIRED."]),
        ("desirable_qualifications", ["A valid Driver's Licence."]),
    ]
    found = requirement_facts.licenses_anywhere(blocks)
    assert [(item.name, item.required) for item in found] == [
        (item.name, item.required)
        for key, paragraphs in blocks
        for paragraph in paragraphs
        for item in licenses.driving_licenses(paragraph, preferred=key == "desirable_qualifications")
    ]
    assert len(found) == 2
