"""`Bexio` calls every operation of the published spec against the mock, through the method its
`x-python-name` names on its section, and gets the documented success model back. Bodies are the
spec's own examples (half given as dicts, half as models: both are the product); path ids are ids
the mock knows (found through the collection's list operation where it has one), and so is a
body's `contact_id`. `AsyncBexio`
calls a sample: every tenth operation and the first of each section."""

import asyncio
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier

from bexio_client.types import UNSET, File
from tests import routes
from tests.client import test_banking_and_payroll, test_purchase_and_accounting, test_sales_documents
from tests.client.spec_operations import Operation, model_classes, operations, upload

LIFECYCLE_ONLY = (
    test_purchase_and_accounting.LIFECYCLE_ONLY
    | test_sales_documents.LIFECYCLE_ONLY
    | test_banking_and_payroll.LIFECYCLE_ONLY
)
ALL = operations()
OPERATIONS = [operation for operation in ALL if operation.id not in LIFECYCLE_ONLY]
COMPONENTS = ALL[0].components
JSON_BODIES = [op.id for op in OPERATIONS if (op.body_schema() or ("",))[0] == "application/json"]
MODEL_BODIES = set(JSON_BODIES[1::2])  # the other half is given as dicts
FIRST_OF_SECTION = {op.section: op.id for op in reversed(OPERATIONS)}.values()
ASYNC_SAMPLE = [op for index, op in enumerate(OPERATIONS) if index % 10 == 0 or op.id in FIRST_OF_SECTION]
SCALARS = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "object": dict}


def ids(operation: Operation) -> str:
    return f"{operation.section}.{operation.python_name} ({operation.id})"


def test_the_operations_left_out_are_called_by_the_lifecycle_tests():
    assert LIFECYCLE_ONLY <= {operation.id for operation in ALL}
    assert len(OPERATIONS) + len(LIFECYCLE_ONLY) == len(ALL) == len(routes.published())


def test_both_body_forms_and_both_clients_are_used():
    assert len(MODEL_BODIES) >= 50 and len(JSON_BODIES) - len(MODEL_BODIES) >= 50
    assert {op.section for op in ASYNC_SAMPLE} == {op.section for op in OPERATIONS}


@pytest.mark.parametrize("operation", OPERATIONS, ids=ids)
def test_operation_answers_with_its_success_model(bexio, mock, operation: Operation):
    args, kwargs = call_arguments(bexio, mock, operation)
    result = getattr(getattr(bexio, operation.section), operation.python_name)(*args, **kwargs)
    assert_documented(result, operation.success_schema)


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if not op.success_has_body], ids=ids)
def test_an_answer_without_body_is_none(bexio, mock, operation: Operation):
    args, kwargs = call_arguments(bexio, mock, operation)
    response = getattr(getattr(bexio, operation.section).detailed, operation.python_name)(*args, **kwargs)
    assert 200 <= response.status_code < 300 and response.parsed is None and response.content == b""


@pytest.mark.parametrize("operation", ASYNC_SAMPLE, ids=ids)
def test_async_operation_answers_with_its_success_model(bexio, mock, make_async, operation: Operation):
    args, kwargs = call_arguments(bexio, mock, operation)  # the ids are found through the sync client

    async def call() -> Any:
        async with make_async() as client:
            return await getattr(getattr(client, operation.section), operation.python_name)(*args, **kwargs)

    assert_documented(asyncio.run(call()), operation.success_schema)


def assert_documented(value: Any, schema: dict[str, Any] | None, where: str = "result") -> None:
    """`value` is what `schema` documents: its model class (any variant of a oneOf), a list of
    them (every item checked), a binary `File`, a JSON scalar, or None for no body."""
    if schema is None:
        assert value is None, f"{where}: {value!r} for an answer without body"
    elif "$ref" in schema:
        classes = model_classes(COMPONENTS, schema["$ref"])
        assert isinstance(value, classes), f"{where}: {type(value).__name__}, not {[c.__name__ for c in classes]}"
    elif schema.get("type") == "array":
        assert isinstance(value, list), f"{where}: {type(value).__name__}, not a list"
        for index, item in enumerate(value):
            assert_documented(item, schema["items"], f"{where}[{index}]")
    elif schema.get("type") == "object" and schema.get("properties"):  # an inline object: its own model
        assert hasattr(type(value), "from_dict"), f"{where}: {value!r}, not a model"
        for name, field in schema["properties"].items():
            attribute = getattr(value, str(PythonIdentifier(name, prefix="field")))
            if attribute is not UNSET:
                assert_documented(attribute, field, f"{where}.{name}")
    elif schema.get("format") == "binary":
        assert isinstance(value, File) and value.payload.read(), f"{where}: {value!r}, not a File with content"
    else:
        assert isinstance(value, SCALARS[schema["type"]]), f"{where}: {value!r}, not {schema['type']}"


def call_arguments(bexio, mock, operation: Operation) -> tuple[list[Any], dict[str, Any]]:
    """Path ids the mock holds, the required query parameters' examples, the example body."""
    resolved: dict[str, Any] = {}
    for name in operation.path_params:
        resolved[name] = _path_value(bexio, mock, operation, name, resolved)
    kwargs = operation.keyword_arguments()
    body = operation.body_schema()
    if body is not None:
        kwargs["body"] = _body(operation, *body, contact_id=lambda: _known_contact(bexio))
    return list(resolved.values()), kwargs


def _path_value(bexio, mock, operation: Operation, name: str, resolved: dict[str, Any]) -> Any:
    """An id the mock holds: the first item of the collection's list (created from the create
    operation's example when the list is empty), else the parameter's example. Set-up state,
    so it goes over raw HTTP (`bexio.http`)."""
    collection = operation.collection_path(name)
    url = _fill(collection, resolved)
    # `/2.0/{kb_document_type}` is no spec path, `/2.0/kb_invoice` is.
    item = mock.spec["paths"].get(collection) or mock.spec["paths"].get(url, {})
    if "get" in item:
        listed = bexio.http.get(url, params={"limit": 1})
        items = listed.json() if listed.status_code == 200 else []
        if (
            isinstance(items, list)
            and items
            and isinstance(items[0], dict)
            and _fits(operation, name, items[0].get("id"))
        ):
            return items[0]["id"]
    if "post" in item and "requestBody" in item["post"]:
        example = next(iter(item["post"]["requestBody"]["content"].values())).get("example")
        created = bexio.http.post(url, json=example)
        if (
            created.status_code == 201
            and isinstance(created.json(), dict)
            and _fits(operation, name, created.json().get("id"))
        ):
            return created.json()["id"]
    return operation.param_example(name)


def _fits(operation: Operation, name: str, value: Any) -> bool:
    """Whether an item's `id` can be the path parameter (a 4.0 payment's path takes its uuid)."""
    parameter = next(p for p in operation.parameters if p["name"] == name)
    wanted = parameter.get("schema", {}).get("type")
    kinds = {"string": str, "integer": int}
    return value is not None and (wanted not in kinds or isinstance(value, kinds[wanted]))


def _fill(path: str, resolved: dict[str, Any]) -> str:
    for name, value in resolved.items():
        path = path.replace("{" + name + "}", str(value))
    return path


def _known_contact(bexio) -> int:
    """A contact the mock holds (a document for an unknown `contact_id` is a 422); set-up, over raw HTTP."""
    return bexio.http.get("/2.0/contact", params={"limit": 1}).json()[0]["id"]


def _body(operation: Operation, content_type: str, schema: dict[str, Any], contact_id) -> Any:
    if content_type == "multipart/form-data":
        return upload(model_classes(COMPONENTS, schema["$ref"])[0])
    example = operation.body_example()
    if isinstance(example, dict) and "contact_id" in example:
        example = {**example, "contact_id": contact_id()}
    return _model_from(schema, example) if operation.id in MODEL_BODIES else example


def _model_from(schema: dict[str, Any], value: Any) -> Any:
    """The example as the model(s) its schema names (the variant of a oneOf that takes it)."""
    if schema.get("type") == "array":
        return [_model_from(schema["items"], item) for item in value]
    if "$ref" not in schema:
        return value
    for model in model_classes(COMPONENTS, schema["$ref"]):
        try:
            return model.from_dict(value)
        except TypeError:
            continue
    raise ValueError(f"no model of {schema['$ref']} takes {value!r}")
