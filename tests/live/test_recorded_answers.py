"""Every recorded live answer of bexio (tests/data/live/) is documented, validates and parses.

For each recording: (a) its status is documented for the operation really called; (b) its body
validates against the documented response (OAS 3.0 rules, as the mock checks its own answers);
(c) the generated client parses it into the documented model class.
"""

import base64
import json

import pytest
from openapi_python_client.strings import ClassName
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker

import bexio_client.models
from generator.recordings import Recording, documented_response, load_recordings
from tests.mock.app import PUBLISHED_SPEC
from tests.openapi import resolve
from tests.paths import ROOT

RECORDINGS = load_recordings(ROOT / "tests" / "data" / "live")
SPEC = json.loads(PUBLISHED_SPEC.read_text(encoding="utf-8"))
COMPONENTS = SPEC["components"]


def test_all_168_recordings_are_loaded():
    assert len(RECORDINGS) == 168


@pytest.mark.parametrize("recording", RECORDINGS, ids=lambda recording: recording.name)
def test_recorded_answer_is_documented_valid_and_parses(recording: Recording):
    response = documented_response(SPEC, recording)  # (a): raises LookupError when undocumented
    content = response.get("content") or {}
    assert recording.media_type in content, f"{recording.media_type} not documented: {sorted(content)}"
    schema = content[recording.media_type]["schema"]
    errors = _validation_errors(schema, recording.body)
    assert not errors, "\n".join(errors)  # (b)
    if recording.media_type == "application/json":
        _assert_parses(schema, recording.body)  # (c)
    else:
        assert schema == {"type": "string", "format": "binary"}
        assert base64.b64decode(recording.body, validate=True)  # bytes, kept as base64 in the recording


def _validation_errors(schema: dict, body) -> list[str]:
    # The whole components object rides along so that `#/components/...` references resolve.
    validator = OAS30ReadValidator({"allOf": [schema], "components": COMPONENTS}, format_checker=oas30_format_checker)
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for top in validator.iter_errors(body)
        for error in (top.context or [top])
    ]


def _assert_parses(schema: dict, body) -> None:
    """(c) The documented model's `from_dict` takes the body and gives that class.

    The lead replaces this with a strict `Bexio` call once the new templates land."""
    if schema.get("type") == "array" and isinstance(body, list):
        for item in body:
            _assert_parses(schema["items"], item)
        return
    target = resolve(COMPONENTS, schema)
    if "$ref" in schema and target.get("discriminator"):
        mapping = target["discriminator"]["mapping"]
        schema = {"$ref": mapping[body[target["discriminator"]["propertyName"]]]}
        target = resolve(COMPONENTS, schema)
    if "$ref" not in schema or target.get("type") != "object":
        return
    model = getattr(bexio_client.models, ClassName(target.get("title") or schema["$ref"].rsplit("/", 1)[1], ""))
    parsed = model.from_dict(body)
    assert isinstance(parsed, model)
    assert parsed.to_dict().keys() >= body.keys()  # no field bexio sent is dropped
