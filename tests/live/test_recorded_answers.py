"""Every recorded live answer of bexio (tests/data/live/) is documented, validates and parses.

For each recording: (a) its status is documented for the operation really called; (b) its body
validates against the documented response (OAS 3.0 rules, as the mock checks its own answers);
(c) the generated client parses it into the documented model class.
"""

import base64
import json

import httpx
import pytest
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker

from bexio_client import Bexio
from generator.recordings import Recording, documented_response, load_recordings
from tests.client.spec_operations import model_classes, operations, upload
from tests.mock.app import PUBLISHED_SPEC
from tests.openapi import resolve
from tests.paths import ROOT

RECORDINGS = load_recordings(ROOT / "tests" / "data" / "live")
SPEC = json.loads(PUBLISHED_SPEC.read_text(encoding="utf-8"))
COMPONENTS = SPEC["components"]
OPERATIONS = {(operation.method, operation.path): operation for operation in operations()}


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
        _assert_parses(recording, schema)  # (c)
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


def _assert_parses(recording: Recording, schema: dict) -> None:
    """(c) The answer, replayed to a strict `Bexio`, comes back from the operation's method as the
    documented model, and gives bexio's JSON back (no field bexio sent is dropped)."""
    operation = OPERATIONS[(recording.method, recording.path)]
    answer = httpx.Response(recording.status, json=recording.body, headers={"content-type": recording.media_type})
    with Bexio("token", transport=httpx.MockTransport(lambda request: answer), strict=True) as bexio:
        args = [operation.argument(name) for name in operation.path_params]
        kwargs = operation.keyword_arguments()
        body = operation.body_schema()
        if body is not None:
            media_type, body_schema = body
            multipart = media_type == "multipart/form-data"
            kwargs["body"] = (
                upload(model_classes(COMPONENTS, body_schema["$ref"])[0]) if multipart else operation.body_example()
            )
        parsed = getattr(getattr(bexio, operation.section), operation.python_name)(*args, **kwargs)
    _assert_documented(parsed, schema, recording.body)


def _assert_documented(parsed, schema: dict, body) -> None:
    if schema.get("type") == "array":
        assert isinstance(parsed, list) and len(parsed) == len(body)
        for item, raw in zip(parsed, body, strict=True):
            _assert_documented(item, schema["items"], raw)
    elif "$ref" in schema and resolve(COMPONENTS, schema).get("type", "object") == "object":  # a model or a oneOf
        assert isinstance(parsed, model_classes(COMPONENTS, schema["$ref"])), type(parsed)
        assert parsed.to_dict() == body
    else:
        assert parsed == body
