"""The operations of the published spec, as the client tests need them."""

import datetime
import io
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

# The generator's own naming rules, so that the tests name sections and models as the package does.
from openapi_python_client.strings import ClassName, PythonIdentifier

from bexio_client import models
from bexio_client.types import File
from tests.mock.app import PUBLISHED_SPEC
from tests.openapi import resolve

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class Operation:
    path: str
    method: str
    spec: dict[str, Any]
    parameters: list[dict[str, Any]]
    components: dict[str, Any]

    @property
    def id(self) -> str:
        return self.spec["operationId"]

    @property
    def section(self) -> str:
        """The attribute of `Bexio` holding the operation: its tag as a Python identifier."""
        return str(PythonIdentifier(self.spec["tags"][0], prefix="tag"))

    @property
    def python_name(self) -> str:
        return self.spec["x-python-name"]

    @property
    def path_params(self) -> list[str]:
        return re.findall(r"{([^}]+)}", self.path)

    @property
    def required_query(self) -> list[str]:
        return [p["name"] for p in self.parameters if p["in"] == "query" and p.get("required")]

    def param_example(self, name: str) -> Any:
        parameter = next(p for p in self.parameters if p["name"] == name)
        schema = self._resolve(parameter.get("schema", {}))
        if "example" in parameter:
            return parameter["example"]
        if "enum" in schema:
            return schema["enum"][0]
        return schema.get("example", 1)

    def argument(self, name: str) -> Any:
        """The parameter's example as the method takes it (a `date` for a date, a `UUID` for a uuid)."""
        value = self.param_example(name)
        schema = self._resolve(next(p for p in self.parameters if p["name"] == name).get("schema", {}))
        if schema.get("format") == "date":
            return datetime.date.fromisoformat(value)
        if schema.get("format") == "uuid" and not isinstance(value, str):
            return uuid.UUID(int=value)
        return value

    def keyword_arguments(self) -> dict[str, Any]:
        """The required query parameters' examples, by their Python names."""
        return {str(PythonIdentifier(name, prefix="")): self.argument(name) for name in self.required_query}

    def body_example(self) -> Any:
        content = self.spec.get("requestBody", {}).get("content", {})
        return next(iter(content.values()), {}).get("example")

    def body_schema(self) -> tuple[str, dict[str, Any]] | None:
        """The request body's content type and schema, if the operation takes one."""
        content = self.spec.get("requestBody", {}).get("content", {})
        return next(((kind, media["schema"]) for kind, media in content.items()), None)

    @property
    def success_schema(self) -> dict[str, Any] | None:
        """The schema of the (first) documented success answer; None when it has no body."""
        status = next(code for code in self.spec["responses"] if code.startswith("2"))
        content = self._resolve(self.spec["responses"][status]).get("content")
        return next(iter(content.values()))["schema"] if content else None

    @property
    def success_has_body(self) -> bool:
        return self.success_schema is not None

    def collection_path(self, name: str) -> str:
        """The path of the collection whose items `{name}` names, e.g. /2.0/contact."""
        return self.path.split("{" + name + "}")[0].rstrip("/")

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        return resolve(self.components, node)


def model_classes(components: dict[str, Any], ref: str) -> tuple[type, ...]:
    """The model classes a schema `$ref` stands for: one, or the variants of a `oneOf`."""
    name = ref.rsplit("/", 1)[-1]
    variants = components["schemas"][name].get("oneOf")
    if variants:
        return tuple(cls for variant in variants for cls in model_classes(components, variant["$ref"]))
    return (getattr(models, ClassName(name, prefix="")),)


def operations() -> list[Operation]:
    spec = json.loads(PUBLISHED_SPEC.read_text(encoding="utf-8"))
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                parameters = [
                    resolve(spec["components"], p) for p in item.get("parameters", []) + op.get("parameters", [])
                ]
                found.append(Operation(path, method, op, parameters, spec["components"]))
    return found


def upload(model: type) -> Any:
    """A multipart body of `model` carrying one small PDF."""
    upload = File(payload=io.BytesIO(b"%PDF-1.4\n%mock\n"), file_name="receipt.pdf", mime_type="application/pdf")
    if any(attribute.name == "file" for attribute in model.__attrs_attrs__):
        return model(file=upload)
    instance = model()
    instance.additional_properties["file"] = upload
    return instance
