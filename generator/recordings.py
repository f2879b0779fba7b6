"""Recorded live answers of bexio (tests/data/live/) and what they show about each response field.

A recording names the operation really called (`operation.method` + `operation.path`), the
status, the headers and the body as bexio sent it. `observe` walks every JSON body alongside
the documented response schema and counts, per response field, how often bexio sent it, left it
out, sent `null`, or sent a number as a string. The response rule (`generator/responses.py`)
reads these counts as its evidence.
"""

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FieldKey = tuple[str, str]  # (component schema name, dotted path of the field inside it)


@dataclass(frozen=True)
class Recording:
    name: str  # path below the recordings folder, e.g. "Items/create-item.json"
    method: str
    path: str
    status: int
    media_type: str
    body: Any


def load_recordings(directory: Path) -> list[Recording]:
    found = []
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: the recorded live answers, evidence of the response rule, are missing")
    for file in sorted(directory.rglob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        operation = data["operation"]
        media_type = data["headers"].get("content-type", "").split(";")[0].strip()
        found.append(
            Recording(
                file.relative_to(directory).as_posix(),
                operation["method"].lower(),
                operation["path"],
                data["status"],
                media_type,
                data["body"],
            )
        )
    return found


def documented_response(document: dict[str, Any], recording: Recording) -> dict[str, Any]:
    """The response object the spec documents for the recording's operation and status."""
    operation = document["paths"].get(recording.path, {}).get(recording.method)
    if operation is None:
        raise LookupError(f"{recording.method.upper()} {recording.path} is not in the spec")
    response = operation["responses"].get(str(recording.status))
    if response is None:
        raise LookupError(f"status {recording.status} is not documented for {operation['operationId']}")
    while "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response


def observe(document: dict[str, Any], recordings: list[Recording]) -> dict[FieldKey, Counter]:
    """Per response field: `objects` (answers that could carry it), `absent`, `null`, `numeric_string`."""
    seen: dict[FieldKey, Counter] = {}
    walker = _Walker(document["components"]["schemas"], seen)
    for recording in recordings:
        media = (documented_response(document, recording).get("content") or {}).get("application/json")
        if media and recording.media_type == "application/json":
            walker.walk(media["schema"], recording.body, "", "")
    return seen


class _Walker:
    def __init__(self, schemas: dict[str, Any], seen: dict[FieldKey, Counter]) -> None:
        self.schemas, self.seen = schemas, seen

    def walk(self, node: dict[str, Any], value: Any, owner: str, path: str) -> None:
        if "$ref" in node:
            owner = node["$ref"].rsplit("/", 1)[1]
            return self.walk(self.schemas[owner], value, owner, "")
        discriminator = node.get("discriminator")
        if discriminator and isinstance(value, dict):
            target = discriminator.get("mapping", {}).get(value.get(discriminator["propertyName"]))
            if target:
                self.walk({"$ref": target}, value, owner, path)
            return
        if node.get("type") == "array" and isinstance(value, list):
            for item in value:
                self.walk(node.get("items", {}), item, owner, f"{path}[]")
        elif "properties" in node and isinstance(value, dict):
            for name, field in node["properties"].items():
                key = f"{path}.{name}" if path else name
                self._count(field, value, name, (owner, key))
                if value.get(name) is not None:
                    self.walk(field, value[name], owner, key)

    def _count(self, field: dict[str, Any], value: dict[str, Any], name: str, key: FieldKey) -> None:
        counts = self.seen.setdefault(key, Counter())
        counts["objects"] += 1
        if name not in value:
            counts["absent"] += 1
        elif value[name] is None:
            counts["null"] += 1
        elif field.get("type") in ("integer", "number") and isinstance(value[name], str):
            counts["numeric_string"] += 1
