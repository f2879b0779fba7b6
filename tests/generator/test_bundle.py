"""Merging the split transcription: one home per name, JSON-only values, no shared objects."""

import pytest

from generator.bundle import BundleError, bundle

ROOT = """
openapi: 3.0.3
info: {title: t, version: '1', x-date: 2024-10-22}
x-bexio-sections: [sections/a.yaml, sections/b.yaml]
paths: {}
"""
COMMON = "components: {schemas: {Error: {type: object}}}\n"


def write(tmp_path, a: str, b: str):
    (tmp_path / "sections").mkdir()
    (tmp_path / "bexio.yaml").write_text(ROOT)
    (tmp_path / "common.yaml").write_text(COMMON)
    (tmp_path / "sections" / "a.yaml").write_text(a)
    (tmp_path / "sections" / "b.yaml").write_text(b)


def test_merges_sections_in_the_roots_order(tmp_path):
    write(tmp_path, "tags: [{name: A}]\npaths: {/a: {get: {x: 1}}}\n", "tags: [{name: B}]\npaths: {/b: {}}\n")
    document = bundle(tmp_path)
    assert list(document["paths"]) == ["/a", "/b"] and [t["name"] for t in document["tags"]] == ["A", "B"]
    assert "x-bexio-sections" not in document and document["components"]["schemas"] == {"Error": {"type": "object"}}


def test_a_name_defined_twice_fails(tmp_path):
    write(tmp_path, "components: {schemas: {Error: {}}}\n", "{}\n")
    with pytest.raises(BundleError, match="Error defined twice"):
        bundle(tmp_path)


def test_an_operation_defined_twice_fails(tmp_path):
    write(tmp_path, "paths: {/a: {get: {}}}\n", "paths: {/a: {get: {}, post: {}}}\n")
    with pytest.raises(BundleError, match="path /a: get defined twice"):
        bundle(tmp_path)


def test_unknown_top_level_keys_fail(tmp_path):
    write(tmp_path, "servers: []\n", "{}\n")
    with pytest.raises(BundleError, match="unexpected top-level keys"):
        bundle(tmp_path)


def test_dates_stay_strings_and_anchors_are_copied(tmp_path):
    write(tmp_path, "paths:\n  /a: {get: {x: &s {d: 2019-06-24}}, post: {x: *s}}\n", "{}\n")
    document = bundle(tmp_path)
    first, second = document["paths"]["/a"]["get"]["x"], document["paths"]["/a"]["post"]["x"]
    assert first == {"d": "2019-06-24"} and document["info"]["x-date"] == "2024-10-22"
    assert first == second and first is not second
