"""The published JSON Schema (schema/jobspec.schema.json) is the model's own, and records validate."""

from __future__ import annotations

import json
import re

import specparse
from conftest import ROOT, SAMPLES
from specparse.models import SCHEMA_VERSION, JobSpec

PUBLISHED = ROOT / "schema" / "jobspec.schema.json"


def test_published_schema_matches_the_model(update_golden: bool) -> None:
    current = JobSpec.model_json_schema()
    if update_golden:
        PUBLISHED.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
    published = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    assert published == current, (
        "the model changed: run `specparse schema > schema/jobspec.schema.json`, review, and bump SCHEMA_VERSION if a path changed"
    )


def test_keys_are_static_snake_case() -> None:
    schema = JobSpec.model_json_schema()
    for name, definition in [("JobSpec", schema), *schema["$defs"].items()]:
        for key in definition.get("properties", {}):
            assert re.fullmatch(r"[a-z][a-z0-9_]*", key), f"{name}.{key}"


def test_every_key_is_present_in_a_record() -> None:
    """jq paths never break: every key is emitted, with null or [] when the document lacks it."""
    schema = JobSpec.model_json_schema()
    record = specparse.parse(SAMPLES / "alameda-lead-customer-service-representative.txt").model_dump(mode="json")
    assert set(record) == set(schema["properties"])
    assert record["schema_version"] == SCHEMA_VERSION
    for name, model in (("dates", "Dates"), ("qualifications", "Qualifications"), ("source", "SourceInfo")):
        assert set(record[name]) == set(schema["$defs"][model]["properties"]), name
    for section in record["sections"]:
        assert set(section) == set(schema["$defs"]["Section"]["properties"])
