"""Every operation bexio publishes (a row of tests/data/routes.tsv not marked removed) is reachable
through `Bexio` under exactly one name, `bexio.<section>.<x-python-name>`, and tells `help()`
what it does: its docstring starts with the doc's title and names the model it returns; its path
parameters are positional, everything else keyword-only."""

import csv
import inspect
import re
import typing
from collections import Counter
from typing import Any

import pytest

# The generator's naming of parameters, as in tests/client/spec_operations.py.
from openapi_python_client.strings import PythonIdentifier

from bexio_client import Bexio
from tests.client.spec_operations import Operation, model_classes, operations
from tests.paths import ROUTES

BY_ROUTE = {(op.method.upper(), re.sub(r"{[^}]+}", "{}", op.path)): op for op in operations()}


def published_rows() -> list[dict[str, str]]:
    with ROUTES.open(encoding="utf-8", newline="") as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    return [row for row in rows if not (row.get("note") or "").startswith("removed")]


ROWS = published_rows()


def operation_of(row: dict[str, str]) -> Operation:
    """The spec operation of a route (path parameter names may differ: overlays name them)."""
    return BY_ROUTE[(row["method"], re.sub(r"{[^}]+}", "{}", row["path"]))]


@pytest.fixture(scope="module")
def offline() -> Bexio:
    with Bexio("not-used", base_url="http://mock") as client:  # no request is sent
        yield client


def test_every_published_route_is_one_operation_under_one_name():
    assert len(ROWS) == len(BY_ROUTE)  # no published row without its operation, none left over
    names = Counter((operation_of(row).section, operation_of(row).python_name) for row in ROWS)
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row['n']} {row['method']} {row['path']}")
def test_the_route_is_a_documented_method_of_its_section(offline, row):
    operation = operation_of(row)
    method = getattr(getattr(offline, operation.section), operation.python_name)
    assert inspect.ismethod(method)

    doc = " ".join(inspect.getdoc(method).split())
    prefix = "Deprecated: " if operation.spec.get("deprecated") else ""
    assert doc.startswith(prefix + " ".join(operation.spec["summary"].split()))
    returns = doc.split(" Returns: ", 1)[1].split(" Raises: ", 1)[0]
    inline = getattr(typing.get_type_hints(method)["return"], "__name__", "")  # an inline object's class
    for name in return_names(operation.success_schema, operation.components, inline):
        assert name in returns, (name, returns)

    parameters = list(inspect.signature(method).parameters.values())
    path = [str(PythonIdentifier(name, prefix="field")) for name in operation.path_params]
    assert [p.name for p in parameters[: len(path)] if p.kind is p.POSITIONAL_OR_KEYWORD] == path
    assert all(p.kind is p.KEYWORD_ONLY for p in parameters[len(path) :])


def return_names(schema: dict[str, Any] | None, components: dict[str, Any], inline: str) -> list[str]:
    """The names the docstring's Returns section must show for a success schema."""
    if schema is None:
        return ["None"]
    if "$ref" in schema:
        return [cls.__name__ for cls in model_classes(components, schema["$ref"])]
    if schema.get("type") == "array":
        return ["list[", *return_names(schema["items"], components, inline)]
    if schema.get("format") == "binary":
        return ["File"]
    if schema.get("type") == "object":
        return [inline]
    return [{"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[schema["type"]]]
