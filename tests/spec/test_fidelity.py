"""The transcription misses no documented parameter and no documented request-body field.

Checked against spec/ before the overlays (the transcription must say what the docs say), by
reading each operation's section of docs/bexio-api-reference.txt, and for the operations bexio
added later, of docs/bexio-api-changes-2024-11-to-2026-06.md.
"""

import pytest

from generator import SPEC_DIR
from generator.bundle import bundle
from tests.openapi import resolve as follow
from tests.routes import added, in_reference
from tests.spec.changes import documented_additions
from tests.spec.reference import documented_operations

TRANSCRIPTION = bundle(SPEC_DIR)
OPERATIONS = documented_operations()
ADDITIONS = documented_additions(added())


def resolve(node: dict) -> dict:
    return follow(TRANSCRIPTION["components"], node)


def properties(schema: dict) -> set[str]:
    schema = resolve(schema)
    if schema.get("type") == "array" and "items" in schema:
        return properties(schema["items"])
    names = set(schema.get("properties", {}))
    for key in ("oneOf", "anyOf", "allOf"):
        for member in schema.get(key, []):
            names |= properties(member)
    return names


@pytest.mark.parametrize(
    "documented", OPERATIONS + ADDITIONS, ids=lambda d: f"{d.row['n']} {d.row['method']} {d.row['path']}"
)
def test_every_documented_parameter_and_field_is_transcribed(documented):
    item = TRANSCRIPTION["paths"][documented.row["path"]]
    operation = item[documented.row["method"].lower()]
    parameters = {resolve(p)["name"] for p in item.get("parameters", []) + operation.get("parameters", [])}
    assert documented.parameters <= parameters
    content = operation.get("requestBody", {}).get("content", {})
    fields = set().union(*(properties(media["schema"]) for media in content.values())) if content else set()
    assert documented.body_fields <= fields


def test_the_reader_finds_the_documented_names():
    assert len(OPERATIONS) == len(in_reference())
    assert sum(len(d.parameters) for d in OPERATIONS) > 400 and sum(len(d.body_fields) for d in OPERATIONS) > 600
    create_contact = next(d for d in OPERATIONS if d.row["n"] == "2")
    assert {"titel_id", "contact_group_ids", "owner_id"} <= create_contact.body_fields


def test_the_reader_finds_the_names_of_the_added_operations():
    assert len(ADDITIONS) == len(added())
    by_title = {d.row["doc_title"]: d for d in ADDITIONS}
    assert {"filter-by", "page", "per-page"} == by_title["Fetch a list of all payments"].parameters
    assert {"account_id", "recipient", "message"} <= by_title["Create a payment"].body_fields
    assert {"amount", "execution_date", "is_salary"} <= by_title["Update a payment"].body_fields
    assert "account_id" not in by_title["Update a payment"].body_fields
    assert {"ahv_number", "annual_vacation_days"} <= by_title["Create employee"].body_fields
    assert {"employeeId", "date"} == by_title["Retrieve a single employee on a specific date"].parameters
    assert {"paid_hours", "half_day"} <= by_title["Updating existing absence"].body_fields
    assert {"payment_id", "receiver_country_code"} <= by_title["Edit Outgoing Payment"].body_fields
    assert "booking_text" not in by_title["Edit Outgoing Payment"].body_fields
