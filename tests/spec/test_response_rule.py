"""The rule of spec/README.md "What bexio really sends" holds on every response-side field."""

import pytest

from generator import RECORDINGS_DIR
from generator.__main__ import corrected_spec
from generator.recordings import load_recordings, observe
from generator.responses import OPEN_ENUM, fields, request_schema_names, response_schema_names

NEW_SECTION = """
tags: [{name: Gadgets, description: A section the rule has never seen.}]
paths:
  /9.9/gadgets/{gadget_id}:
    get:
      operationId: getGadget
      x-python-name: get
      summary: Fetch a gadget
      description: A gadget.
      tags: [Gadgets]
      security: [{bearerAuth: []}, {oauth2: []}]
      parameters: [{name: gadget_id, in: path, required: true, schema: {type: integer}}]
      responses:
        '200':
          description: The gadget
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Gadget'}
              example: {id: 1, name: Widget, owner_id: 2, weight: 3, is_active: true, kind: a, maker: {name: ACME}}
components:
  schemas:
    Gadget:
      type: object
      required: [id, name, owner_id, weight, is_active, kind]
      properties:
        id: {type: integer}
        name: {type: string}
        owner_id: {type: integer}
        weight: {type: integer}
        is_active: {type: boolean}
        kind: {type: string, enum: [a, b]}
        maker: {$ref: '#/components/schemas/GadgetMaker'}
    GadgetMaker:
      type: object
      properties:
        name: {type: string}
"""


def _nullable(node: dict) -> bool:
    return bool(node.get("nullable")) or any(branch.get("nullable") for branch in node.get("oneOf", []))


def _always_present(spec: dict) -> set:
    """Fields the recordings show present and non-null in every answer that carried their object."""
    evidence = observe(spec, load_recordings(RECORDINGS_DIR))
    return {key for key, counts in evidence.items() if counts["objects"] and not counts["absent"] + counts["null"]}


def _response_fields(spec: dict):
    schemas = spec["components"]["schemas"]
    for name in sorted(response_schema_names(spec)):
        yield from fields(schemas[name], name, "")


def _discriminators(spec: dict) -> set:
    return {
        (target.rsplit("/", 1)[1], schema["discriminator"]["propertyName"])
        for schema in spec["components"]["schemas"].values()
        if "discriminator" in schema
        for target in schema["discriminator"]["mapping"].values()
    }


def test_no_response_field_is_non_nullable_without_evidence(spec):
    evidenced, discriminators = _always_present(spec), _discriminators(spec)
    unexplained = [
        key
        for _, prop, node, key in _response_fields(spec)
        if not _nullable(node)
        and "type" in node | (node.get("oneOf") or [{}])[0]  # a field of any type takes null already
        and prop != "id"
        and node.get("type") not in ("boolean", "array")
        and len(node.get("enum", [])) != 1
        and "$ref" not in node
        and key[:1] + (prop,) not in discriminators
        and key not in evidenced
    ]
    assert unexplained == []


def test_fields_the_recordings_show_null_are_nullable(spec):
    evidence = observe(spec, load_recordings(RECORDINGS_DIR))
    shown_null = [
        key for _, _, node, key in _response_fields(spec) if evidence.get(key, {}).get("null") and not _nullable(node)
    ]
    assert shown_null == []


def test_identifiers_and_booleans_stay_non_nullable_where_the_docs_say_so(spec):
    """Not everything is nullable: `id` and booleans keep the docs' answer (the recordings never show them null)."""
    contact = spec["components"]["schemas"]["Contact"]["properties"]
    assert not _nullable(contact["id"]) and not _nullable(contact["is_lead"]) and not _nullable(contact["name_1"])
    assert _nullable(spec["components"]["schemas"]["File"]["properties"]["uploader_email"])


def test_non_identifier_numbers_accept_numeric_strings(spec):
    for _, prop, node, key in _response_fields(spec):
        if node.get("type") in ("integer", "number"):
            assert prop == "id" or prop.endswith("_id") or "enum" in node, key


def test_response_enums_are_open_and_request_enums_are_not(spec):
    schemas = spec["components"]["schemas"]
    for name in response_schema_names(spec):
        for _, _, node, key in fields(schemas[name], name, ""):
            for candidate in (node, node.get("items") or {}):
                if len(candidate.get("enum", [])) > 1:
                    assert candidate.get(OPEN_ENUM) is True, key
    requests = request_schema_names(spec)
    assert not any(OPEN_ENUM in str(schemas[name]) for name in requests)


def test_request_and_response_schemas_are_apart_and_responses_stay_open(spec):
    responses = response_schema_names(spec)
    assert responses.isdisjoint(request_schema_names(spec))
    schemas = spec["components"]["schemas"]
    assert [name for name in responses if schemas[name].get("additionalProperties") is False] == []


@pytest.fixture(scope="module")
def with_new_section(tmp_path_factory):
    fragment = tmp_path_factory.mktemp("spec") / "gadgets.yaml"
    fragment.write_text(NEW_SECTION, encoding="utf-8")
    return corrected_spec(extra=[fragment])[0]["components"]["schemas"]


def test_a_new_section_inherits_the_rule(with_new_section):
    gadget = with_new_section["Gadget"]["properties"]
    assert with_new_section["GadgetMaker"]["nullable"] is True  # null for the field `maker` that references it
    assert not _nullable(gadget["id"]) and not _nullable(gadget["is_active"])
    assert gadget["name"]["nullable"] and gadget["owner_id"]["nullable"] and gadget["kind"]["nullable"]
    assert gadget["owner_id"]["type"] == "integer"
    assert [branch["type"] for branch in gadget["weight"]["oneOf"]] == ["integer", "string"]
    assert gadget["kind"][OPEN_ENUM] is True
