"""The operations of the published spec, as the client tests need them."""

import json
import re
from dataclasses import dataclass
from typing import Any

from tests.mock.app import PUBLISHED_SPEC
from tests.openapi import resolve

METHODS = ("get", "post", "put", "patch", "delete")


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass
class Operation:
    path: str
    method: str
    spec: dict[str, Any]
    parameters: list[dict[str, Any]]
    components: dict[str, Any]

    @property
    def package(self) -> str:
        return re.sub(r"[^a-z0-9]+", "_", self.spec["tags"][0].lower()).strip("_")

    @property
    def module(self) -> str:
        return snake(self.spec["operationId"])

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

    def body_example(self) -> Any:
        content = self.spec.get("requestBody", {}).get("content", {})
        return next(iter(content.values()), {}).get("example")

    @property
    def success_has_body(self) -> bool:
        status = next(code for code in self.spec["responses"] if code.startswith("2"))
        return bool(self._resolve(self.spec["responses"][status]).get("content"))

    def collection_path(self, name: str) -> str:
        """The path of the collection whose items `{name}` names, e.g. /2.0/contact."""
        return self.path.split("{" + name + "}")[0].rstrip("/")

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        return resolve(self.components, node)


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
