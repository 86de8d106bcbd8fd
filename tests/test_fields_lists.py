"""Lists: duties and knowledge/skills/abilities split into items however they are printed."""

from __future__ import annotations

import specparse
from specparse.fields.lists import drop_trailing_prose, split_competencies, split_run


def test_run_with_a_lead_on_each_piece_goes_to_three_lists() -> None:
    run = (
        "Knowledge of traffic safety practices; knowledge of light equipment; skill in the use of hand tools; "
        "ability to follow oral and written instructions; and ability to lead others."
    )
    result = split_competencies([run])
    assert result == {
        "knowledge": ["traffic safety practices", "light equipment"],
        "skills": ["the use of hand tools"],
        "abilities": ["follow oral and written instructions", "lead others"],
    }


def test_embedded_ability_label_in_a_knowledge_paragraph() -> None:
    # CalHR: "Knowledge of: …; …. Ability to: …; …" in one cell.
    result = split_competencies(["Knowledge of: Medicine; surgery. Ability to: Plan studies; analyze problems."])
    assert result["knowledge"] == ["Medicine", "surgery"]
    assert result["abilities"] == ["Plan studies", "analyze problems"]


def test_semicolon_run_keeps_parenthesised_semicolons() -> None:
    assert split_run("codes (state; federal); rules; and ordinances.") == [
        "codes (state; federal)",
        "rules",
        "ordinances",
    ]


def test_trailing_prose_is_not_an_item() -> None:
    items = ["Answer telephone.", "File as required.", "Assist at the counter.", "Speak to groups.", "x" * 900]
    assert drop_trailing_prose(items) == items[:4]


def test_numbered_wrapped_and_one_per_line_duties() -> None:
    text = (
        "CLERK\n\nEXAMPLES OF DUTIES\n1. Prepares financial statements and reports.\n"
        "2. Reconciles general ledger accounts and\n   analyzes variances.\n3. Reviews the work of staff.\n\n"
        "TYPICAL TASKS\nAnswer telephone.\nFile as required.\nGreet visitors at the front counter of the office building.\n"
    )
    spec = specparse.parse(text.encode(), name="clerk.txt")
    assert spec.duties == [
        "Prepares financial statements and reports.",
        "Reconciles general ledger accounts and analyzes variances.",
        "Reviews the work of staff.",
        "Answer telephone.",
        "File as required.",
        "Greet visitors at the front counter of the office building.",
    ]


def test_one_sentence_of_tasks_joined_by_semicolons() -> None:
    text = (
        "ASBESTOS WORKER\n\nDUTIES\nAn Asbestos Worker removes insulating materials; sets up containment areas; "
        "and does related work.\n"
    )
    spec = specparse.parse(text.encode(), name="asbestos.txt")
    assert spec.duties == [
        "An Asbestos Worker removes insulating materials",
        "sets up containment areas",
        "does related work",
    ]
