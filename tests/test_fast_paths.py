"""The requirement readers' fast paths give what the plain patterns give.

Several readers skip or narrow a costly pattern (a literal-led pattern on lower-cased text, one pattern
per sentence stop, a cheap word test first). Each test here compares the fast path with the plain
pattern it stands for, on wording we wrote for the edge cases (letter case, word boundaries, stray
whitespace, non-ASCII letters).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from specparse.fields import (
    alternatives,
    courses,
    credentials,
    durations,
    duty_prose,
    education,
    exam,
    experience,
    experience_phrases,
    experience_years,
    kind,
    license_class,
    licenses,
    lists,
    requirement_facts,
    requirements,
)
from specparse.prechecks import may_contain
from specparse.word_prechecks import Letters

# The plain sentence split the fast one replaces.
_PLAIN_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")

SENTENCE_TEXTS = [
    "",
    "   ",
    "One sentence without a stop",
    "Two years of experience. A degree may substitute; Or not.",
    "Ends with a stop. ",
    "Stops before lower case. then more; and more.",
    "Tabs\tand newlines.\n\nNew paragraph; (a bracket) follows.  \tX",
    "Several stops.; Mixed. ;Here",
    "A. B. C.",
    "Non-breaking.\u00a0After it. Ünïcode; Éclair",
    ";Leading semicolon. .Leading stop",
]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentences_split_as_the_plain_pattern(text: str) -> None:
    plain = [piece.strip() for piece in _PLAIN_SENTENCE.split(text) if piece.strip()]
    assert requirements.sentences(text) == plain


BASIS_TEXTS = [
    "THIS EXAMINATION IS TO BE GIVEN BOTH ON AN INTERDEPARTMENTAL PROMOTIONAL AND AN OPEN COMPETITIVE BASIS",
    "This examination is To  Be\nGiven only on a departmental promotional basis.",
    "Pinto be given on an open competitive basis",  # no word boundary before "to"
    "into be given on an open basis; and to be given on an interdepartmental promotional basis",
    "to be given. On an open basis",  # a full stop between: no statement
    "Exam Open to All, including Current City Employees",
    "THE EXAMINATION IS TO BE GIVEN ON AN OPEN COMPETITIVE BAſIS",  # "ſ" matches "s" when case-blind
    "Café staff: to be given on an open competitive basis",
    "_to be given on an open basis",  # "_" is a word character
]


@pytest.mark.parametrize("text", BASIS_TEXTS)
def test_exam_basis_read_as_the_plain_pattern(text: str) -> None:
    plain = [match.group("how") for match in exam._BASIS.finditer(text)]
    assert list(exam._basis_statements(text)) == plain


# Wording for every alternative of each level's pattern, in several letter cases and spacings.
EDUCATION_TEXTS = [
    "A Doctorate in psychology",
    "doctoral degree",
    "Ph.D. in chemistry",
    "PhD",
    "Ph. D in biology",
    "ph\td",
    "Ed.D. or equivalent",
    "EdD",
    "Ed D",
    "D.Sc. in physics",
    "DSc",
    "J.D. from an accredited law school",
    "a JD",
    "Juris Doctor",
    "LAW DEGREE",
    "M.D. or D.O.",
    "MD",
    "medical degree",
    "D.V.M.",
    "DVM",
    "Doctor of Veterinary Medicine",
    "doctor of pharmacy",
    "Master's degree",
    "Masters degree",
    "Master of Public Administration",
    "masters  degree",
    "graduate degree",
    "M.S. in engineering",
    "M.A.",
    "M.B.A.",
    "MBA",
    "M.P.A.",
    "MPA or MPH",
    "MSW",
    "MS degree",
    "MA in history",
    "MSc",
    "M.Sc.",
    "M.Eng.",
    "MEng",
    "MLIS",
    "MFA",
    "MPP",
    "M.Ed.",
    "MEd",
    "Bachelor's degree",
    "BACHELORS",
    "baccalaureate",
    "B.A. or B.S.",
    "BA degree",
    "BS in accounting",
    "BA/BS",
    "BS/BA",
    "B.A./B.S.",
    "BSc",
    "B.Sc.",
    "B.Eng.",
    "BEng",
    "B.Com.",
    "BComm",
    "BBA",
    "honours degree",
    "Honors Degree",
    "four-year college",
    "four (4)-year degree",
    "four (4) year university",
    "Four year degree",
    "college degree",
    "University Degree",
    "undergraduate degree",
    "four (4) years of college",
    "four years of university",
    "Graduation from an accredited college",
    "graduation from recognized university",
    "Associate's degree",
    "associate of arts degree",
    "Associate in Science",
    "associate of",
    "A.A. or A.S.",
    "AA degree",
    "AS degree",
    "two-year college",
    "two (2)-year degree",
    "two year diploma",
    "junior college degree",
    "two (2) year course of study",
    "two-year program of study",
    "post-secondary diploma",
    "postsecondary diploma",
    "college diploma",
    "technical diploma",
    "applicable diploma",
    "diploma in accounting",
    "60 semester units",
    "90 quarter hours",
    "two (2) years of college",
    "3 years of university",
    "college-level course",
    "college level units",
    "units in college",
    "college coursework",
    "completion of twelve semester units",
    "some college",
    "post-secondary education",
    "Post secondary studies",
    "postsecondary in",
    "related certificate",
    "High School diploma",
    "G.E.D.",
    "GED",
    "g.e.d",
    "twelfth grade",
    "12th grade",
    "grade 12",
    "Grade twelve",
    "secondary school",
    "secondary  diploma",
    "General Education Development",
    "A degree in a related field",
    "university degree in economics",
    "an equivalent combination of education and experience",
    "Two years of experience as a Management Analyst",
    "No schooling named here.",
    "Licenciatura en administración (título universitario)",
]


@pytest.mark.parametrize("text", EDUCATION_TEXTS)
def test_education_word_tests_never_skip_a_match(text: str) -> None:
    letters = Letters(text)
    for level, pattern in education.EDUCATION_LEVELS:
        if pattern.search(text):
            assert letters.may_hold(education._LEVEL_WORDS[level]), (level, text)


EDUCATION_WORD_TEXTS = [
    *EDUCATION_TEXTS,
    "Course Work in accounting",
    "coursework in statistics",
    "COURSE   WORK",
    "45 Quarter Units",
    "a G E D",
    "graduated from",
    "Continuing Education",
    "major in biology",
    "12 units in chemistry",
    "courses with a major in finance",
    "supplemented by college-level course work in drafting",
]


@pytest.mark.parametrize("text", EDUCATION_WORD_TEXTS)
def test_education_words_and_fields_never_skipped(text: str) -> None:
    if requirements._EDUCATION_WORDS.search(text):
        assert Letters(text).may_hold(requirements._EDUCATION_WORD_TEST)
    if requirements._EDUCATION_FIELD.search(text):
        assert may_contain(text, requirements._EDUCATION_FIELD_WORDS)
    if requirements._SUPPLEMENTED_FIELD.search(text):
        assert may_contain(text, ("supplemented",))


EXPERIENCE_TEXTS = [
    "Two years of full-time paid experience as a Systems Aide",
    "Paid experience equivalent to two years instructing in the arts",
    "three years managing projects",
    "Six months. Processing permits for the Bureau",
    "18 MONTHS\tREVIEWING plans",
    "2 yrs supervising staff",
    "one year including budgets",
    "four years of experience as an Accounting Clerk or in a class at that level performing accounting work",
    "or in a clerical class at the same level",
    "experience as a Clerk, or\tin an administrative position at the level of Senior Clerk",
    "or in a classification which is at an equivalent level",
    "OR IN A CLASS AT THAT LEVEL",
    "with the City of Los Angeles as a Chief Clerk",
]


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


@pytest.mark.parametrize("text", EXPERIENCE_TEXTS)
def test_experience_fast_paths_agree(text: str) -> None:
    if experience._DURATION_DOING.search(text):
        assert experience._UNIT_THEN_DOING.search(text)
    found = experience_phrases.alternate_class(text)  # where the plain match starts, and the match from "or" on
    assert ((found[0], found[1].end()) if found else None) == _span(experience_phrases.ALTERNATE.search(text))


COURSE_TEXTS = [
    "Completion of four courses in accounting; and",
    "12 semester units in drafting, or",
    "course work in customer relations,",
    "One year of high school or college level algebra",
    "two semesters of college-level chemistry",
    "A Master's degree may be substituted for one year of the experience",
    "in lieu of the degree",
    "may be accepted in  place of",
    "an equivalent combination of education and experience",
    "A course in drafting is desired;",
    "Brand",
    "Ends with nor",
    "four years, two of which must be supervisory",
    "18 months, of THESE six",
    "2-3 years of experience in a line department PREFERRED",
    "years of work: nice to have",
]


@pytest.mark.parametrize("text", COURSE_TEXTS)
def test_course_and_share_word_tests_never_skip_a_match(text: str) -> None:
    if requirements.SUBSTITUTION_PHRASE.search(text):
        assert may_contain(text, requirements.SUBSTITUTION_WORDS)
    if requirements.COURSE.search(text):
        assert may_contain(text, requirements._COURSE_WORDS)
    if courses._COURSE_WORD.search(text):
        assert may_contain(text, courses._COURSE_WORDS)
    if courses._LEVEL_STUDY.search(text):
        assert may_contain(text, ("level",))
    assert courses._without_trailing_joiner(text.strip()) == courses._TRAILING_JOINER.sub("", text.strip())
    if experience_years._SHARE.search(text):
        assert Letters(text).may_hold(experience_years._SHARE_WORDS)
    after = text[text.find("year") :]
    if experience_years._PREFERRED_AFTER.match(after):
        assert may_contain(after, experience_years._PREFERRED_WORDS)


JOINER_TEXTS = [
    "Two years of experience; or",
    "A degree, AND",
    "Graduation from college and",
    "Experience: Either",
    "either:",
    "Floor",
    "Brand",
    "or",
    "one of the following (or",
    "a) negotiating leases; and…",
    "ends with an underscore or_",
    "",
]


@pytest.mark.parametrize("text", JOINER_TEXTS)
def test_trailing_word_as_the_plain_pattern(text: str) -> None:
    plain = alternatives._TRAILING.search(text)
    assert alternatives._trailing_word(text) == (plain.group("word").lower() if plain else None)


REQUIREMENT_SENTENCES = [
    *COURSE_TEXTS,
    *EXPERIENCE_TEXTS,
    "A valid California driver's license is required.",
    "Some positions may require a valid Class B license.",
    "Certification as a Pest Control Adviser is desirable.",
    "Registered Nurse; a plus",
    "Employees who intend to drive their own vehicle must hold a license",
    "For positions requiring a valid Class A license, depending on assignment",
    "if assigned to the field, nice to have",
    "Considered an asset: LICENCES",
    "2,080 hours of paid experience as a Lifeguard",
    "600 HOURS with the City of Los Angeles as an Assistant Park Services Attendant",
    "An additional 4 years of experience can substitute this education requirement",
]


@pytest.mark.parametrize("text", REQUIREMENT_SENTENCES)
def test_requirement_word_tests_never_skip_a_match(text: str) -> None:
    if licenses.LICENSE_WORDS.search(text):
        assert may_contain(text, licenses._LICENSE_WORD_STEMS)
    if licenses._PREFERRED.search(text):
        assert may_contain(text, licenses._PREFERRED_WORDS)
    if licenses._SOME.search(text):
        assert may_contain(text, licenses._SOME_WORDS)
    if experience_years.SUBSTITUTES.search(text) or experience_years._OFFERED_IN_PLACE.search(text):
        assert may_contain(text, experience_years._SUBSTITUTE_WORDS)
    if experience_years._HOURS.search(text):
        assert may_contain(text, ("hours",))
    if alternatives._SUBSTITUTES.search(text):
        assert may_contain(text, alternatives._SUBSTITUTE_WORDS)


OTHER_TEXTS = [
    *REQUIREMENT_SENTENCES,
    "A State Water Board Distribution Operator Grade D2 certificate may be required prior to completion of probation.",
    "Applicants must possess a license as a Certified Welder.",
    "Possession of a Registered Veterinary Technician (RVT) certificate.",
    "Job Type: Full-Time",
    "Employment  Status :  part time",
    "Appointments are anticipated to be made on a part-time basis.",
    "The eligible list will be used to fill full-time positions.",
    "Vacancies are filled as-needed.",
    "The following duties are normal for this position.",
    "Examples of tasks",
    "This list does not exclude other duties; it is not all-inclusive and illustrative only.",
    "It is not intended to be an exhaustive list.",
    "For a more detailed listing of duties, please view the job description.",
    "Click here to apply",
    "(Download PDF reader)",
]


@pytest.mark.parametrize("text", OTHER_TEXTS)
def test_credential_exam_and_duty_word_tests_never_skip_a_match(text: str) -> None:
    if credentials._REQUIRED.search(text):
        assert may_contain(text, credentials._REQUIRED_WORDS)
    if exam._LABELLED.search(text):
        assert ":" in text
        assert may_contain(text, exam._LABEL_WORDS)
    if exam._APPOINTMENT.search(text):
        assert may_contain(text, exam._APPOINTMENT_WORDS)
    assert duty_prose._about_duties(text) == bool(duty_prose._ABOUT_DUTIES.search(text))
    assert duty_prose._pointer(text) == bool(duty_prose._POINTER.search(text))


DURATION_TEXTS = [
    "Two (2) years of full-time paid experience",
    "TWO YEARS OF FULL-TIME PAID EXPERIENCE",
    "Eighteen Months as a Clerk; One And One-Half Years as a Typist",
    "1-2 Years; three TO five yrs.; 4+ YEARS or more",
    "1½ years",
    "1 1/2 YEARS and 2.5 years",
    "An additional year",
]


@pytest.mark.parametrize("text", DURATION_TEXTS)
def test_durations_found_alike_in_lower_case(text: str) -> None:
    plain = [
        (m.span(), m.group("num").lower(), m.group("unit").lower()) for m in experience_years.DURATION.finditer(text)
    ]
    lower = [(m.span(), m.group("num"), m.group("unit")) for m in durations.DURATION_LOWER.finditer(text.lower())]
    assert lower == plain


@pytest.mark.parametrize(
    "text", ["neither", "floor or", "x_or", "OR", "(either)", "a; And ...", "2 or", "Либо or", "eıther", "and\n"]
)
def test_trailing_word_at_word_edges(text: str) -> None:
    plain = alternatives._TRAILING.search(text)
    assert alternatives._trailing_word(text) == (plain.group("word").lower() if plain else None)


# The plain duty sentence end the fast one replaces.
_PLAIN_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@pytest.mark.parametrize(
    "text",
    [
        "Plans work. Reviews reports! Does related work? Yes",
        "Ends here.  \tNext one.\nLast",
        "No stop before lower case. then on",
        "Abbreviations e.g. Los Angeles; Dr. Smith",
        "?! A",
        "",
    ],
)
def test_duty_sentence_ends_as_the_plain_pattern(text: str) -> None:
    plain = [match.span() for match in _PLAIN_SENTENCE_END.finditer(text)]
    assert [match.span(1) for match in duty_prose._SENTENCE_END.finditer(text)] == plain


@pytest.mark.parametrize(
    "text", ["and then", "or  else", "andrew", "ordinary", "And not this", "  and", "anda", "or\tx", "plain"]
)
def test_joiner_removed_as_by_the_pattern(text: str) -> None:
    assert lists._without_joiner(text) == lists._JOINER.sub("", text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you possess a master's degree?",
        "What is your highest level of education",
        "  -- Is this required? ",
        "How many years?!",
        "A degree is required.",
        "This is a question?",
        "Which",
        "Dose of reality",
    ],
)
def test_question_test_as_the_pattern(text: str) -> None:
    assert requirement_facts._is_question(text) == bool(requirement_facts._QUESTION.search(text))


@pytest.mark.parametrize(
    "line",
    ["Class Code: 1101", "  JOB NO. 2345", "\tclass number 33-1234", "Title Class Code 1101", "Code 1101", "", "   "],
)
def test_class_code_line_starts(line: str) -> None:
    if kind._CLASS_CODE_LINE.match(line):
        assert line.lstrip()[:1] in kind._CODE_LINE_STARTS


@pytest.mark.parametrize("text", ["Class Codes: 3120 / 3121", "JOB\nCODES 1, 2", "class-codes", "no codes"])
def test_several_codes_letters(text: str) -> None:
    if kind._CODES_WORDS.search(text):
        assert Letters(text).may_hold(kind._CODES_LETTERS)


@pytest.mark.parametrize(
    "text", ["a; and", "a ,\t;or", "Brand", "nor", "and", "or", ";", "x; and;", "x AND", "x,", "x , ", "", "ok"]
)
def test_course_joiner_removed_as_by_the_pattern(text: str) -> None:
    stripped = text.strip()
    assert courses._without_trailing_joiner(stripped) == courses._TRAILING_JOINER.sub("", stripped)


@pytest.mark.parametrize(
    "text",
    [
        "a valid California Class B (or A) driver's license with a tank (N) endorsement",
        "Class A commercial driver's license with either the Haz-Mat & Tank ENDORSEMENTS (X)",
        "a valid driver's license",
        "CLASS B DRIVER'S LICENSE",
        "Class C",
    ],
)
def test_license_class_word_tests_never_skip_a_match(text: str) -> None:
    if license_class._DRIVER.search(text) and license_class._CLASS.search(text):
        assert "Class" in text
    if license_class._ENDORSEMENT.search(text):
        assert may_contain(text, ("endorsement",))


def _every_fast_path_agrees(text: str) -> None:
    """Every check above, on one text."""
    test_sentences_split_as_the_plain_pattern(text)
    test_exam_basis_read_as_the_plain_pattern(text)
    test_education_word_tests_never_skip_a_match(text)
    test_education_words_and_fields_never_skipped(text)
    test_experience_fast_paths_agree(text)
    test_course_and_share_word_tests_never_skip_a_match(text)
    test_trailing_word_as_the_plain_pattern(text)
    test_requirement_word_tests_never_skip_a_match(text)
    test_credential_exam_and_duty_word_tests_never_skip_a_match(text)
    test_duty_sentence_ends_as_the_plain_pattern(text)
    test_joiner_removed_as_by_the_pattern(text)
    test_question_test_as_the_pattern(text)
    test_class_code_line_starts(text)
    test_several_codes_letters(text)
    test_course_joiner_removed_as_by_the_pattern(text)
    test_license_class_word_tests_never_skip_a_match(text)
    if text.isascii():  # the lower-case durations are read only from ASCII text
        test_durations_found_alike_in_lower_case(text)


@pytest.mark.corpus
def test_fast_paths_agree_on_corpus_wording(corpus: Path) -> None:
    """The word lists must stay in step with their patterns: every paragraph and sentence of a sample
    of real bulletins (read in place) passes each check."""
    bulletins = sorted((corpus / "specs" / "la_kaggle" / "job_bulletins_txt").glob("*.txt"))[::20]
    if not bulletins:
        pytest.skip("no Los Angeles bulletins in the corpus")
    for bulletin in bulletins:
        text = bulletin.read_text(encoding="utf-8", errors="replace")
        for paragraph in re.split(r"\n\s*\n", text):
            for piece in [paragraph, *requirements.sentences(paragraph)]:
                _every_fast_path_agrees(piece)
