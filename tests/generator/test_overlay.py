"""OpenAPI Overlay 1.0 actions: update merges, remove deletes, a stale action fails the build."""

import pytest

from generator.overlay import OverlayError, apply_overlay


def overlay(*actions):
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1", "description": "why"}, "actions": list(actions)}


def action(target, **kwargs):
    return {"target": target, "description": "what", **kwargs}


def test_update_merges_objects_recursively_and_replaces_other_values():
    document = {"a": {"b": {"c": 1, "d": [1]}, "e": 1}}
    apply_overlay(document, overlay(action("$.a", update={"b": {"d": [2], "f": 3}, "e": 2})), "x")
    assert document == {"a": {"b": {"c": 1, "d": [2], "f": 3}, "e": 2}}


def test_update_appends_to_an_array_target():
    document = {"a": [1]}
    apply_overlay(document, overlay(action("$.a", update=2)), "x")
    assert document == {"a": [1, 2]}


def test_remove_then_update_replaces_a_value():
    document = {"a": {"example": {"old": 1}}}
    apply_overlay(
        document, overlay(action("$.a.example", remove=True), action("$.a", update={"example": {"new": 1}})), "x"
    )
    assert document == {"a": {"example": {"new": 1}}}


def test_remove_several_array_items():
    document = {"a": [0, 1, 2, 3]}
    apply_overlay(document, overlay(action("$.a[1,3]", remove=True)), "x")
    assert document == {"a": [0, 2]}


def test_one_update_never_shares_an_object_between_targets():
    document = {"a": {}, "b": {}}
    apply_overlay(document, overlay(action("$['a','b']", update={"c": {"d": 1}})), "x")
    document["a"]["c"]["d"] = 2
    assert document["b"]["c"]["d"] == 1


def test_an_action_that_matches_nothing_fails():
    with pytest.raises(OverlayError, match="matches nothing; the correction is stale"):
        apply_overlay({"a": 1}, overlay(action("$.b", update={})), "x.yaml")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"overlay": "2.0"}, "not an Overlay 1.0 document"),
        ({"overlay": "1.0.0", "info": {}}, "must state the quirk and its evidence"),
        (overlay({"target": "$.a", "update": {}}), "needs a description"),
        (overlay(action("$.a")), "needs `update` or `remove: true`"),
    ],
)
def test_malformed_overlays_fail(document, message):
    with pytest.raises(OverlayError, match=message):
        apply_overlay({"a": {}}, document, "x.yaml")
