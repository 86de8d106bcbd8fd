"""The heading vocabulary: tolerant matching, a user's --vocab file end to end, and bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import specparse
from specparse.cli import main
from specparse.errors import VocabularyError
from specparse.vocab import load_vocabulary, normalise_heading

VOCAB = load_vocabulary()


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("DEFINITION", "definition"),
        ("Nature of Work", "definition"),  # county merit-system specs
        ("I. DEFINITION:", "definition"),  # outline numbering and a colon
        ("A. Typical Tasks", "duties"),  # CalHR
        ("Illustrative Examples of Work", "duties"),
        ("Essential Duties and Responsibilities", "duties"),  # UW Markdown
        ("ESSENTIAL REQUIREMENTS, DUTIES, AND RESPONSIBILITIES", "duties"),  # a county posting
        ("REQUIREMENT/MINIMUM QUALIFICATION", "qualifications"),  # LA bulletins
        ("REQUIREMENTS/MINIMUM REQUIREMENTS", "qualifications"),  # both halves name the section
        ("REQUIREMENTS/MINUMUM QUALIFICATIONS", "qualifications"),  # a typo in one half
        ("MIMINUMUM QUALIFICATION", "qualifications"),  # typo from the issue
        ("SELELCTION PROCESS", "selection_process"),  # typo from the issue
        ("REQUIREMENT/MINIMUM QUALIFICAITON", "qualifications"),  # LA, transposed letters
        ("Minimum Experience and Training Requirements:", "qualifications"),  # a state posting
        ("ANNUALSALARY", "salary"),  # spaces lost in extraction
        ("Knowledge, Skills and Abilities", "knowledge_skills_abilities"),
        ("Knowledge of", "knowledge"),
        ("Ability to", "abilities"),
        ("Distinguishing Characteristics", "distinguishing_features"),
        ("Preferred Qualifications", "desirable_qualifications"),
        ("Typical Qualifications", "qualifications"),  # qualifier words do not change the section
        ("Examples of Work (Illustrative Only)", "duties"),
        ("Training and Experience Guidelines", "qualifications"),
        ("Education, Experience and Training", "qualifications"),  # word order differs from the alias
        ("Working Conditions/Physical Requirements", "working_conditions"),  # two sections: the first leads
    ],
)
def test_heading_maps_to_key(heading: str, key: str) -> None:
    assert VOCAB.lookup(heading) == key


@pytest.mark.parametrize(
    "text",
    [
        "BACKGROUND INVESTIGATOR",  # an LA job title one suffix away from "background investigation"
        "Testimonials",
        "Elections Specialist II",
        "OR",
    ],
)
def test_not_a_heading(text: str) -> None:
    assert VOCAB.lookup(text) is None


def test_normalise_drops_numbering_and_plurals() -> None:
    assert normalise_heading("IV. Minimum Qualifications:") == "minimum qualification"
    assert normalise_heading("(b) Duties & Responsibilities") == "duty and responsibility"


# A heading the built-in vocabulary cannot know, by alias or by its words ("THINGS YOU WILL DO" is known
# by its meaning now).
DOC = """JANITORIAL LEAD

ON A NORMAL SHIFT
Cleans offices.
Orders supplies.

MINIMUM QUALIFICATIONS
One year of custodial experience.
"""


def _user_vocab(tmp_path: Path) -> Path:
    path = tmp_path / "employer.toml"
    path.write_text('[duties]\naliases = ["On a Normal Shift"]\n', encoding="utf-8")
    return path


def test_user_vocabulary_extends_the_default(tmp_path: Path) -> None:
    without = specparse.parse(DOC.encode(), name="lead.txt")
    assert "duties" not in [s.key for s in without.sections]
    with_vocab = specparse.parse(DOC.encode(), name="lead.txt", vocab=_user_vocab(tmp_path))
    assert [s.key for s in with_vocab.sections] == ["duties", "qualifications"]
    assert with_vocab.duties == ["Cleans offices.", "Orders supplies."]


def test_cli_vocab_option_end_to_end(tmp_path: Path) -> None:
    doc = tmp_path / "lead.txt"
    doc.write_text(DOC, encoding="utf-8")
    vocab = _user_vocab(tmp_path)
    result = CliRunner().invoke(main, [str(doc), "--vocab", str(vocab)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["duties"] == ["Cleans offices.", "Orders supplies."]
    shown = CliRunner().invoke(main, ["sections", str(doc), "--vocab", str(vocab)])
    assert shown.exit_code == 0
    assert shown.output.splitlines()[1].startswith("duties")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[duties\n", "not valid TOML"),
        ('[wages]\naliases = ["Pay"]\n', "unknown section key"),
        ('[duties]\naliases = "Things"\n', "must be a list of strings"),
        ('[boilerplate]\npatterns = ["(unclosed"]\n', "bad boilerplate pattern"),
    ],
)
def test_bad_vocabulary_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VocabularyError, match=message):
        load_vocabulary(str(path))


def test_cli_reports_a_bad_vocabulary_in_one_line(tmp_path: Path) -> None:
    doc = tmp_path / "lead.txt"
    doc.write_text(DOC, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text('[wages]\naliases = ["Pay"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, [str(doc), "--vocab", str(bad)])
    assert result.exit_code != 0
    assert "unknown section key" in result.output
