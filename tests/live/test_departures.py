"""Real recorded bodies (tests/data/live/) with one field nulled, removed, retyped or given a new
enum value: the default client still gives the model, the raw value kept; `strict=True` raises
`ResponseValidationError` naming the field, exactly when the change departs from the spec."""

import copy
import json

import httpx
import pytest

from bexio_client import UNSET, Bexio
from bexio_client.errors import ResponseValidationError
from generator.recordings import load_recordings
from tests.client.spec_operations import operations
from tests.mock.app import PUBLISHED_SPEC
from tests.openapi import resolve
from tests.paths import ROOT

SPEC = json.loads(PUBLISHED_SPEC.read_text(encoding="utf-8"))
COMPONENTS = SPEC["components"]
OPERATIONS = {(operation.method, operation.path): operation for operation in operations()}
SCALARS = {"string", "integer", "number", "boolean"}


def _one_object_answer_per_operation() -> list:
    """The first recorded GET answer of each operation whose body is one object."""
    chosen = {}
    for recording in load_recordings(ROOT / "tests" / "data" / "live"):
        if recording.method == "get" and isinstance(recording.body, dict) and recording.status == 200:
            chosen.setdefault(recording.path, recording)
    return list(chosen.values())


def _schema(recording) -> dict:
    operation = OPERATIONS[(recording.method, recording.path)]
    return resolve(COMPONENTS, operation.success_schema)


def _mutations(recording) -> list[tuple[str, str, object, bool]]:
    """(field, change, new value or UNSET for removed, whether the change departs from the spec)."""
    schema = _schema(recording)
    found = []
    for field in recording.body:
        prop = schema.get("properties", {}).get(field)
        if prop is None or "$ref" in prop or prop.get("type") not in SCALARS:
            continue
        found.append((field, "nulled", None, not prop.get("nullable", False)))
        found.append((field, "removed", UNSET, field in schema.get("required", [])))
        found.append((field, "retyped", {"unexpected": "object"}, True))
        if "enum" in prop:
            found.append((field, "new enum value", "A_VALUE_BEXIO_ADDED", True))
    return found


CASES = [(recording, *change) for recording in _one_object_answer_per_operation() for change in _mutations(recording)]


def _call(recording, body: dict, strict: bool):
    operation = OPERATIONS[(recording.method, recording.path)]
    answer = httpx.Response(200, json=body)
    with Bexio("token", transport=httpx.MockTransport(lambda request: answer), strict=strict) as bexio:
        args = [operation.argument(name) for name in operation.path_params]
        method = getattr(getattr(bexio, operation.section), operation.python_name)
        return method(*args, **operation.keyword_arguments())


def test_the_cases_cover_several_sections_and_every_kind_of_change():
    assert len({recording.path for recording, *_ in CASES}) >= 8
    assert {change for _, _, change, _, _ in CASES} == {"nulled", "removed", "retyped", "new enum value"}


@pytest.mark.parametrize(
    ("recording", "field", "change", "value", "departs"),
    CASES,
    ids=[f"{recording.name}:{field}:{change}" for recording, field, change, *_ in CASES],
)
def test_a_changed_field_is_kept_by_default_and_raised_when_strict(recording, field, change, value, departs):
    body = copy.deepcopy(recording.body)
    if value is UNSET:
        del body[field]
    else:
        body[field] = value
    model = _call(recording, body, strict=False)
    assert model.to_dict().get(field, UNSET) == value  # what bexio sent, kept
    if departs:
        with pytest.raises(ResponseValidationError) as raised:
            _call(recording, body, strict=True)
        assert raised.value.path == field
    else:
        assert type(_call(recording, body, strict=True)) is type(model)
