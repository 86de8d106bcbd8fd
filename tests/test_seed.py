"""The Alameda seed spec gives the values the project was founded on, through the library."""

from __future__ import annotations

from datetime import date

import pytest

import specparse
from conftest import SAMPLES

SEED = SAMPLES / "alameda-lead-customer-service-representative.txt"


@pytest.fixture(scope="module")
def seed() -> specparse.JobSpec:
    return specparse.parse(SEED)


def test_header_fields(seed: specparse.JobSpec) -> None:
    assert seed.title == "Lead Customer Service Representative"
    assert seed.jurisdiction == "City of Alameda"
    assert seed.class_code == "7565"
    assert seed.dates.approved == date(2009, 7, 1)
    assert seed.dates.revised == date(2009, 6, 23)


def test_sections_in_order(seed: specparse.JobSpec) -> None:
    assert [s.key for s in seed.sections] == [
        "definition",
        "distinguishing_features",
        "duties",
        "qualifications",
        "education",
        "experience",
        "knowledge",
        "abilities",
        "special_requirements",
    ]
    assert seed.sections[-1].heading == "Other Requirements"


def test_lists(seed: specparse.JobSpec) -> None:
    assert len(seed.duties) == 9
    assert seed.duties[-1] == "Performs related work as required."
    assert len(seed.qualifications.knowledge) == 10
    assert len(seed.qualifications.abilities) == 17


def test_requirements(seed: specparse.JobSpec) -> None:
    assert [e.level for e in seed.qualifications.education] == ["high_school"]
    assert [e.years for e in seed.qualifications.experience] == [4]
    # The seed's experience paragraph is cut by a stray blank line mid-sentence; it is mended.
    assert "customer service, account billing" in seed.qualifications.experience[0].text
    assert [(lic.name, lic.required) for lic in seed.qualifications.licenses] == [
        ("California Driver's License", "some")
    ]


@pytest.mark.parametrize(
    "debris",
    [
        "Salary Schedule",
        "MOU",
        "(OVER)",
        "CL: Human Resources Department",
        "G:\\",
        "Personnel\\SPECS",
        "4/3/2013",
        "2013-04-03",
    ],
)
def test_boilerplate_appears_in_no_field(seed: specparse.JobSpec, debris: str) -> None:
    assert debris not in seed.model_dump_json()
    assert debris.replace("\\", "\\\\") not in seed.model_dump_json()
