"""The published spec follows the conventions of spec/README.md for every operation."""

import re

from openapi_spec_validator import validate

from bexio_client import __version__
from tests.openapi import resolve as follow
from tests.routes import all_rows, removed
from tests.routes import searches as routes_searches

METHODS = ("get", "put", "post", "delete", "patch")


def operations(spec):
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(spec, node):
    return follow(spec["components"], node)


def test_is_valid_openapi_3_0(spec):
    assert spec["openapi"] == "3.0.3"
    validate(spec)


def test_states_the_reference_it_transcribes(spec):
    assert spec["info"]["version"] == __version__  # ours (tests/spec/test_release.py); bexio's is below
    assert spec["info"]["x-bexio-reference"] == {
        "version": "3.0.0",
        "last-changelog-entry": "2026-06-19",
        "docs-date": "2026-06-19",
    }
    assert spec["servers"] == [{"url": "https://api.bexio.com", "description": spec["servers"][0]["description"]}]


def test_holds_exactly_the_documented_rows_of_every_covered_section(spec, routes):
    covered = {tag["name"] for tag in spec["tags"]}
    expected = {
        (r["method"].lower(), r["path"], r["doc_title"], r["doc_section"])
        for r in routes
        if r["doc_section"] in covered
    }
    published = {(method, path, op["summary"], op["tags"][0]) for path, method, op in operations(spec)}
    assert published == expected
    assert len(published) == sum(1 for r in routes if r["doc_section"] in covered)


def test_covers_every_published_row_and_no_removed_one(spec, routes):
    assert len(routes) == len(all_rows()) - sum(1 for row in all_rows() if removed(row))
    assert {(r["method"].lower(), r["path"]) for r in routes} == {
        (method, path) for path, method, _ in operations(spec)
    }


def test_paths_follow_the_references_order(spec, routes):
    """Sections in the order of spec/bexio.yaml (the docs'), each section's paths in the table's."""
    sections = [tag["name"] for tag in spec["tags"]]
    first_seen = list(dict.fromkeys(r["path"] for r in routes))
    section_of = {}
    for r in routes:
        section_of.setdefault(r["path"], r["doc_section"])
    key = {path: (sections.index(section_of[path]), first_seen.index(path)) for path in spec["paths"]}
    assert list(spec["paths"]) == sorted(spec["paths"], key=key.__getitem__)


def test_operation_ids_are_unique_camel_case(spec):
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(?:[A-Z0-9][a-z0-9]*)*", op_id) for op_id in ids), ids


def test_every_operation_is_tagged_secured_and_described(spec):
    tags = {tag["name"] for tag in spec["tags"]}
    for path, method, op in operations(spec):
        assert len(op["tags"]) == 1 and op["tags"][0] in tags, (method, path)
        assert {"bearerAuth": []} in op["security"], (method, path)
        assert any("oauth2" in requirement for requirement in op["security"]), (method, path)
        assert op.get("description"), (method, path)


def test_every_json_body_and_success_response_has_an_example(spec):
    for path, method, op in operations(spec):
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        assert body is None or "example" in body, (method, path)
        for status, response in op["responses"].items():
            media = resolve(spec, response).get("content", {}).get("application/json")
            if status.startswith("2") and media:
                assert "example" in media, (method, path, status)


def test_every_operation_documents_errors_and_rate_limit_headers(spec):
    for path, method, op in operations(spec):
        assert {"400", "401", "403", "404", "429", "500", "503"} <= set(op["responses"]), (method, path)
        for status, response in op["responses"].items():
            if status.startswith("2"):
                assert set(response["headers"]) >= {"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"}


def test_request_bodies_accept_only_documented_fields(spec):
    """JSON bodies are closed; a multipart upload may add further files under any part name."""
    for path, method, op in operations(spec):
        for media_type, media in op.get("requestBody", {}).get("content", {}).items():
            schema = resolve(spec, media["schema"])
            if schema.get("type") == "array":
                schema = resolve(spec, schema["items"])
            if schema.get("type") != "object":
                continue
            extra = schema.get("additionalProperties")
            if media_type == "multipart/form-data":
                assert extra is False or extra.get("format") == "binary", (method, path)
            else:
                assert extra is False, (method, path)


def test_searches_enumerate_the_fields_their_docs_list(spec):
    searches = [(path, op) for path, method, op in operations(spec) if path.endswith("/search")]
    assert len(searches) == len(routes_searches())
    operators = set(spec["components"]["schemas"]["SearchCriteria"]["enum"])
    for path, op in searches:
        items = resolve(spec, op["requestBody"]["content"]["application/json"]["schema"]["items"])
        assert items["additionalProperties"] is False, path
        assert items["properties"]["value"] == {"$ref": "#/components/schemas/SearchValue"}, path
        assert operators <= set(resolve(spec, items["properties"]["criteria"])["enum"]), path
        if "search fields are supported" in op["description"]:
            assert items["properties"]["field"]["enum"], path


def test_search_criteria_are_the_18_documented_operators(spec):
    criteria = spec["components"]["schemas"]["SearchCriteria"]
    assert len(criteria["enum"]) == 18 and criteria["default"] == "like"
