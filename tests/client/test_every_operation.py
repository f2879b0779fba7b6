"""The generated client calls every operation of the published spec against the mock and gets
the documented success model back: bodies are built from the spec's own examples, path ids
are ids the mock knows (found through the collection's list operation where it has one)."""

import datetime
import importlib
import inspect
import io
import types
from typing import Any, Union, get_args, get_origin

import pytest

from bexio_client.models import Error
from bexio_client.types import File, Unset
from tests import routes
from tests.client import test_purchase_and_accounting, test_sales_documents
from tests.client.spec_operations import Operation, operations, snake

LIFECYCLE_ONLY = test_purchase_and_accounting.LIFECYCLE_ONLY | test_sales_documents.LIFECYCLE_ONLY
OPERATIONS = [operation for operation in operations() if operation.spec["operationId"] not in LIFECYCLE_ONLY]


def test_the_operations_left_out_are_called_by_the_lifecycle_tests():
    assert len(OPERATIONS) + len(LIFECYCLE_ONLY) == len(routes.published())


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.method.upper()} {op.path}")
def test_operation_answers_with_its_success_model(client, mock, operation: Operation):
    module = importlib.import_module(f"bexio_client.api.{operation.package}.{operation.module}")
    signature = inspect.signature(module.sync_detailed)
    resolved: dict[str, Any] = {}
    for name in operation.path_params:
        resolved[name] = _path_value(client, mock, operation, name, resolved)
    args = list(resolved.values())
    kwargs: dict[str, Any] = {snake(name): _argument(operation, name) for name in operation.required_query}
    if "body" in signature.parameters:
        kwargs["body"] = _body(signature.parameters["body"].annotation, operation)

    response = module.sync_detailed(*args, client=client, **kwargs)

    assert 200 <= response.status_code < 300, (response.status_code, response.content[:300])
    if not operation.success_has_body:
        assert response.parsed is None and response.content == b""
        return
    assert response.parsed is not None and not isinstance(response.parsed, Error)
    if isinstance(response.parsed, list) and response.parsed:
        assert not isinstance(response.parsed[0], dict), "list items were not parsed into models"


def _path_value(client, mock, operation: Operation, name: str, resolved: dict[str, Any]) -> Any:
    """An id the mock holds: the first item of the collection's list (created from the create
    operation's example when the list is empty), else the parameter's example."""
    collection = operation.collection_path(name)
    item = mock.spec["paths"].get(collection, {})
    url = _fill(collection, resolved)
    http = client.get_httpx_client()
    if "get" in item:
        listed = http.get(url, params={"limit": 1})
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
        created = http.post(url, json=example)
        if (
            created.status_code == 201
            and isinstance(created.json(), dict)
            and _fits(operation, name, created.json().get("id"))
        ):
            return created.json()["id"]
    return operation.param_example(name)


def _argument(operation: Operation, name: str) -> Any:
    """The parameter's example as the generated function takes it (a `date` for a date)."""
    value = operation.param_example(name)
    parameter = next(p for p in operation.parameters if p["name"] == name)
    return datetime.date.fromisoformat(value) if parameter["schema"].get("format") == "date" else value


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


def _body(annotation: Any, operation: Operation) -> Any:
    model = _strip_unset(annotation)
    example = operation.body_example()
    if get_origin(model) is list:
        (item,) = get_args(model)
        return [_model_from(item, value) for value in example]
    if hasattr(model, "to_multipart"):
        upload = File(payload=io.BytesIO(b"%PDF-1.4\n%mock\n"), file_name="receipt.pdf", mime_type="application/pdf")
        fields = {"file": upload} if _has_field(model, "file") else {}
        instance = model(**fields)
        if not fields:
            instance.additional_properties["file"] = upload
        return instance
    return _model_from(model, example)


def _has_field(model: type, name: str) -> bool:
    return any(attribute.name == name for attribute in model.__attrs_attrs__)


def _model_from(model: Any, value: Any) -> Any:
    if isinstance(model, types.UnionType) or get_origin(model) is Union:
        for variant in get_args(model):
            try:
                return _model_from(variant, value)
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
        raise ValueError(f"no variant of {model} takes {value!r}")
    return model.from_dict(value) if hasattr(model, "from_dict") else value


def _strip_unset(annotation: Any) -> Any:
    if isinstance(annotation, types.UnionType) or get_origin(annotation) is Union:
        kept = [arg for arg in get_args(annotation) if arg is not Unset]
        return kept[0] if len(kept) == 1 else Union[tuple(kept)]  # noqa: UP007
    return annotation
