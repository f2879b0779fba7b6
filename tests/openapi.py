"""Reading the spec: one place to follow `$ref`s (for the mock and the tests alike)."""

from typing import Any


def resolve(components: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The object `node` stands for, following `$ref`s into `components`."""
    while "$ref" in node:
        *_, kind, name = node["$ref"].split("/")
        node = components[kind][name]
    return node
