"""Majors and apprenticeship trades (fields/majors.py), in wording of several classes or written here."""

from __future__ import annotations

from specparse.fields.majors import majors, trades


def test_majors_are_split_and_stop_where_the_degree_is_from() -> None:
    assert majors("Graduation from a college with a major in a physical or natural science and two years") == [
        "physical science",
        "natural science",
    ]
    assert majors(
        "A bachelor's degree from an accredited four-year college or university in geography, urban planning, "
        "or a related field; and"
    ) == ["geography", "urban planning"]
    assert majors("A degree in Mechanical Engineering from an accredited college, including coursework in X.") == [
        "Mechanical Engineering"
    ]
    # A name with "and" inside it is one major; "and" before lower-case words ends it.
    assert majors("A master's degree in Library and Information Science or Archival Studies.") == [
        "Library and Information Science",
        "Archival Studies",
    ]
    assert majors("a major in Economics, Finance, or a Bachelor's degree in any major and four courses") == [
        "Economics",
        "Finance",
    ]


def test_units_in_a_subject_are_not_a_major() -> None:
    assert majors("Graduation from a four-year college and 24 semester units in accounting.") == []


def test_apprenticeship_trades() -> None:
    assert trades("Completion of a recognized apprenticeship as a plumber or pipefitter; or") == [
        "plumber",
        "pipefitter",
    ]
    assert trades("Completion of an apprenticeship in electrical work at an accredited school.") == ["electrical work"]
    assert trades("Two years of experience as an apprentice.") == []
