"""What changed for callers between two versions of the published spec, and which changes break them.

`python -m generator diff [OLD] [NEW]` (`make diff`) prints operations, parameters, request and
response fields added, removed or retyped (nullable and enum values included), each marked
`breaking`, `added` or `correction`; `--markdown` writes the same as a CHANGELOG section.
A component (`#/components/...`) that changed is reported once, under its own name, not under
every operation that uses it; an operation only reports the places where it points elsewhere.

Why our own code: no maintained OpenAPI diff installs here. oasdiff and openapi-changes are Go;
the npm package @pb33f/openapi-changes fetches its binary from outside the npm registry in a
postinstall step, which fails here; @useoptic/optic 1.0.9 pulls 633 npm packages (telemetry
included) and crashes at start under node 20; the PyPI candidates are one-author packages a few
months old. Our rules follow what the generated Python client exposes, and a shared schema is
reported once, under its name: one file over plain dicts.

Breaking for callers (→ major): an operation, parameter, status code, media type, header, field,
component or `oneOf` alternative removed; a type, format or `$ref` changed; an `operationId` or
`x-python-name` renamed (method and attribute names of every generated client); an enum losing a
value; a parameter, request body or request field becoming required (or added as required); a
request field no longer nullable, narrowed (to an enum, to one type of a `oneOf`) or closed to
undocumented fields; a response field becoming nullable, optional, or widened (`string` →
`oneOf(string, integer)`). Added (→ minor): operations, optional parameters and fields, enum
values, alternatives, widened request fields, deprecations. Corrections (→ patch): constraints,
summaries, error responses, and, when nothing else differs, descriptions, examples, extensions.
Not compared: security requirements and scopes, servers, discriminator mappings.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
KINDS = ("breaking", "added", "correction")
AREAS = ("operations", "parameters", "requests", "responses", "components", "document")
CONSTRAINTS = (
    "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minItems", "maxItems", "uniqueItems", "multipleOf", "default", "readOnly", "writeOnly",
)  # fmt: skip
REQUEST, RESPONSE = "request", "response"


@dataclass(frozen=True)
class Change:
    """One change: `where` names the place (`GET /2.0/contact`, `Contact.name_1`), `what` tells it."""

    kind: str  # one of KINDS
    area: str  # one of AREAS
    where: str
    what: str

    @property
    def breaking(self) -> bool:
        return self.kind == "breaking"


def bump(changes: list[Change]) -> str | None:
    """The semver part the changes move: breaking → major, additions → minor, corrections → patch."""
    kinds = {change.kind for change in changes}
    return next((part for kind, part in zip(KINDS, ("major", "minor", "patch"), strict=True) if kind in kinds), None)


def next_version(version: str, part: str | None) -> str:
    """`version` moved by `part` (`1.4.2`, major → `2.0.0`)."""
    major, minor, patch = (int(number) for number in version.split("."))
    return {
        "major": f"{major + 1}.0.0",
        "minor": f"{major}.{minor + 1}.0",
        "patch": f"{major}.{minor}.{patch + 1}",
        None: version,
    }[part]


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change for callers from `old` to `new` (two OpenAPI 3.0 documents as dicts)."""
    return _Diff(old, new).run()


class _Diff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]):
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.directions = _merge(_directions(old), _directions(new))

    def add(self, kind: str, area: str, where: str, what: str) -> None:
        self.changes.append(Change(kind, area, where, what))

    def run(self) -> list[Change]:
        self.operations()
        self.components()
        if not self.changes and _without_version(self.old) != _without_version(self.new):
            self.add("correction", "document", "document", "descriptions, examples or x- extensions edited")
        return self.changes

    # operations ---------------------------------------------------------------------------------
    def operations(self) -> None:
        old, new = _operations(self.old), _operations(self.new)
        for key in [*old, *(key for key in new if key not in old)]:
            where = f"{key[0].upper()} {key[1]}"
            if key not in new:
                self.add("breaking", "operations", where, f"removed ({old[key][0].get('summary', '')})")
            elif key not in old:
                self.add("added", "operations", where, f"added ({new[key][0].get('summary', '')})")
            else:
                self.operation(where, old[key], new[key])

    def operation(self, where: str, old: tuple, new: tuple) -> None:
        (before, old_params), (after, new_params) = old, new
        if after.get("deprecated") != before.get("deprecated"):
            kind = "added" if after.get("deprecated") else "correction"
            self.add(kind, "operations", where, "deprecated" if after.get("deprecated") else "no longer deprecated")
        for key, label in (("operationId", "operationId"), ("x-python-name", "Python name")):
            if key in before and key in after and before[key] != after[key]:
                self.add("breaking", "operations", where, f"{label} {before[key]} → {after[key]}")
        if before.get("summary") != after.get("summary"):
            self.add("correction", "operations", where, f"summary {before.get('summary')!r} → {after.get('summary')!r}")
        self.parameters(where, old_params, new_params)
        self.request_body(where, before.get("requestBody"), after.get("requestBody"))
        self.responses(where, before.get("responses", {}), after.get("responses", {}))

    def parameters(self, where: str, old: dict, new: dict) -> None:
        for key in [*old, *(key for key in new if key not in old)]:
            place = f"{where} {key[0]} {key[1]}"
            if key not in new:
                self.add("breaking", "parameters", place, "removed")
            elif key not in old:
                required = self.resolve(self.new, new[key]).get("required")
                self.add(
                    "breaking" if required else "added", "parameters", place, f"added{' required' * bool(required)}"
                )
            else:
                self.parameter(place, old[key], new[key], "parameters")

    def parameter(self, where: str, old: dict, new: dict, area: str) -> None:
        if self.same_ref(old, new, area, where):
            return
        old, new = self.resolve(self.old, old), self.resolve(self.new, new)
        if new.get("required") and not old.get("required"):
            self.add("breaking", area, where, "became required")
        elif old.get("required") and not new.get("required"):
            self.add("added", area, where, "became optional")
        if new.get("deprecated") and not old.get("deprecated"):
            self.add("added", area, where, "deprecated")
        self.schema(old.get("schema", {}), new.get("schema", {}), where, {REQUEST}, area)

    def request_body(self, where: str, old: dict | None, new: dict | None) -> None:
        place = f"{where} request"
        if new is None:
            if old is not None:
                self.add("breaking", "requests", place, "removed")
            return
        if old is None:
            required = self.resolve(self.new, new).get("required")
            self.add("breaking" if required else "added", "requests", place, f"added{' required' * bool(required)}")
            return
        if self.same_ref(old, new, "requests", place):
            return
        old, new = self.resolve(self.old, old), self.resolve(self.new, new)
        if new.get("required") and not old.get("required"):
            self.add("breaking", "requests", place, "became required")
        self.content(place, old.get("content", {}), new.get("content", {}), {REQUEST}, "requests")

    def responses(self, where: str, old: dict, new: dict) -> None:
        for status in [*old, *(status for status in new if status not in old)]:
            place = f"{where} {status}"
            success = status.startswith("2")
            if status not in new:
                self.add("breaking" if success else "correction", "responses", place, "response removed")
            elif status not in old:
                self.add("added" if success else "correction", "responses", place, "response added")
            else:
                self.response(place, old[status], new[status], "responses")

    def response(self, where: str, old: dict, new: dict, area: str) -> None:
        if self.same_ref(old, new, area, where):
            return
        old, new = self.resolve(self.old, old), self.resolve(self.new, new)
        old_headers, new_headers = old.get("headers", {}), new.get("headers", {})
        for name in [*old_headers, *(name for name in new_headers if name not in old_headers)]:
            if name not in new_headers:
                self.add("breaking", area, f"{where} header {name}", "removed")
            elif name not in old_headers:
                self.add("added", area, f"{where} header {name}", "added")
        self.content(where, old.get("content", {}), new.get("content", {}), {RESPONSE}, area)

    def content(self, where: str, old: dict, new: dict, directions: set[str], area: str) -> None:
        for media in [*old, *(media for media in new if media not in old)]:
            place = where if media == "application/json" else f"{where} ({media})"
            if media not in new:
                self.add("breaking", area, place, "media type removed")
            elif media not in old:
                self.add("added", area, place, "media type added")
            else:
                self.schema(old[media].get("schema", {}), new[media].get("schema", {}), place, directions, area)

    # components ---------------------------------------------------------------------------------
    def components(self) -> None:
        for kind in ("schemas", "parameters", "requestBodies", "responses", "headers"):
            old, new = self.old.get("components", {}).get(kind, {}), self.new.get("components", {}).get(kind, {})
            for name in [*old, *(name for name in new if name not in old)]:
                where = name if kind == "schemas" else f"{kind}.{name}"
                if name not in new:
                    self.add("breaking", "components", where, "removed")
                elif name not in old:
                    self.add("added", "components", where, "added")
                else:
                    self.component(kind, where, old[name], new[name])

    def component(self, kind: str, where: str, old: dict, new: dict) -> None:
        if kind == "schemas":
            self.schema(old, new, where, self.directions.get(where, {REQUEST, RESPONSE}))
        elif kind == "parameters":
            self.parameter(where, old, new, "components")
        elif kind == "requestBodies":
            self.content(where, old.get("content", {}), new.get("content", {}), {REQUEST}, "components")
        elif kind == "responses":
            self.response(where, old, new, "components")
        else:
            self.schema(old.get("schema", {}), new.get("schema", {}), where, {RESPONSE})

    # schemas ------------------------------------------------------------------------------------
    def schema(self, old: dict, new: dict, where: str, directions: set[str], area: str = "components") -> None:
        """Compare two schemas at `where`; `directions` says whether callers send it, read it, or both."""
        if "$ref" in old and "$ref" in new:
            if old["$ref"] != new["$ref"]:
                self.add("breaking", area, where, f"type {_label(old)} → {_label(new)}")
            return
        old, new = self.resolve(self.old, old), self.resolve(self.new, new)
        if _shape(old) != _shape(new):
            retype = f"type {_label(old)} → {_label(new)}"
            if self.among(_shape(old), self.new, new):  # widened: callers may send more, and read more
                self.add("breaking" if RESPONSE in directions else "added", area, where, retype)
            elif self.among(_shape(new), self.old, old):  # narrowed: callers may send less, and read less
                self.add("breaking" if REQUEST in directions else "correction", area, where, retype)
            else:
                self.add("breaking", area, where, retype)
            return
        if bool(old.get("nullable")) != bool(new.get("nullable")):
            gained = bool(new.get("nullable"))
            breaks = (RESPONSE if gained else REQUEST) in directions
            self.add(
                "breaking" if breaks else "correction", area, where, "nullable" if gained else "no longer nullable"
            )
        self.enum(old, new, where, directions, area)
        for keyword in CONSTRAINTS:
            if old.get(keyword) != new.get(keyword):
                self.add("correction", area, where, f"{keyword} {old.get(keyword)!r} → {new.get(keyword)!r}")
        if new.get("deprecated") and not old.get("deprecated"):
            self.add("added", area, where, "deprecated")
        self.properties(old, new, where, directions, area)
        self.closed(old, new, where, directions, area)
        if "items" in old or "items" in new:
            self.schema(old.get("items", {}), new.get("items", {}), f"{where}[]", directions, area)
        for keyword in ("oneOf", "anyOf", "allOf"):
            self.alternatives(keyword, old.get(keyword, []), new.get(keyword, []), where, directions, area)

    def enum(self, old: dict, new: dict, where: str, directions: set[str], area: str) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in new:
            self.add("breaking" if RESPONSE in directions else "added", area, where, "no longer an enum")
            return
        before, after = old.get("enum", []), new["enum"]
        removed, added = [v for v in before if v not in after], [v for v in after if v not in before]
        if "enum" not in old:
            kind = "breaking" if REQUEST in directions else "correction"
            self.add(kind, area, where, f"became an enum of {_values(after)}")
        if removed and "enum" in old:
            self.add("breaking", area, where, f"enum values removed: {_values(removed)}")
        if added and "enum" in old:
            self.add("added", area, where, f"enum values added: {_values(added)}")

    def properties(self, old: dict, new: dict, where: str, directions: set[str], area: str) -> None:
        before, after = old.get("properties", {}), new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name in [*before, *(name for name in after if name not in before)]:
            place = f"{where}.{name}"
            if name not in after:
                self.add("breaking", area, place, "field removed")
                continue
            if name not in before:
                required = name in new_required and REQUEST in directions
                self.add("breaking" if required else "added", area, place, f"field added{' required' * required}")
                continue
            if name in new_required - old_required:
                self.add("breaking" if REQUEST in directions else "correction", area, place, "became required")
            elif name in old_required - new_required:
                self.add("breaking" if RESPONSE in directions else "added", area, place, "became optional")
            if "x-python-name" in before[name] and "x-python-name" in after[name]:
                if before[name]["x-python-name"] != after[name]["x-python-name"]:
                    names = f"{before[name]['x-python-name']} → {after[name]['x-python-name']}"
                    self.add("breaking", area, place, f"Python name {names}")
            self.schema(before[name], after[name], place, directions, area)

    def closed(self, old: dict, new: dict, where: str, directions: set[str], area: str) -> None:
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if isinstance(before, dict) and isinstance(after, dict):
            self.schema(before, after, f"{where}{{*}}", directions, area)
        elif (before is False) != (after is False):
            closing = after is False
            breaks = closing and REQUEST in directions
            self.add(
                "breaking" if breaks else "correction",
                area,
                where,
                "closed to undocumented fields" if closing else "open",
            )

    def alternatives(self, keyword: str, old: list, new: list, where: str, directions: set[str], area: str) -> None:
        before, after = _keyed(old), _keyed(new)
        for key in [*before, *(key for key in after if key not in before)]:
            if key not in after:
                self.add("breaking", area, where, f"{keyword} alternative {key} removed")
            elif key not in before:
                self.add("added", area, where, f"{keyword} alternative {key} added")
            elif not key.startswith("#"):
                continue  # the same component: compared under its own name
            else:
                self.schema(before[key], after[key], f"{where}{key}", directions, area)

    def among(self, shape: tuple, spec: dict, schema: dict) -> bool:
        """`shape` is one of the `oneOf` / `anyOf` alternatives of `schema`."""
        alternatives = schema.get("oneOf", []) + schema.get("anyOf", [])
        return any(_shape(self.resolve(spec, alternative)) == shape for alternative in alternatives)

    # references ---------------------------------------------------------------------------------
    def same_ref(self, old: dict, new: dict, area: str, where: str) -> bool:
        """Both point at components: at the same one, it is compared once, under its own name."""
        if "$ref" in old and "$ref" in new:
            if old["$ref"] != new["$ref"]:
                self.add("breaking", area, where, f"{_ref_name(old)} → {_ref_name(new)}")
            return True
        return False

    @staticmethod
    def resolve(spec: dict, node: dict) -> dict:
        while "$ref" in node:
            *_, kind, name = node["$ref"].split("/")
            node = spec["components"][kind][name]
        return node


def _operations(spec: dict) -> dict[tuple[str, str], tuple[dict, dict]]:
    """(method, path) → (operation, its parameters by (in, name)), path-level ones included."""
    found = {}
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                params = {_param_key(spec, p): p for p in [*shared, *item[method].get("parameters", [])]}
                found[(method, path)] = (item[method], params)
    return found


def _param_key(spec: dict, param: dict) -> tuple[str, str]:
    param = _Diff.resolve(spec, param)
    return param["in"], param["name"]


def _directions(spec: dict) -> dict[str, set[str]]:
    """For every component schema: whether callers send it (request), read it (response), or both."""
    found: dict[str, set[str]] = {}
    stack = []
    for operation, params in _operations(spec).values():
        stack += [(param, REQUEST) for param in params.values()]
        stack += [(operation.get("requestBody", {}), REQUEST), (operation.get("responses", {}), RESPONSE)]
    seen = set()
    while stack:
        node, direction = stack.pop()
        for ref in _refs(node):
            *_, kind, name = ref.split("/")
            if (ref, direction) in seen:
                continue
            seen.add((ref, direction))
            if kind == "schemas":
                found.setdefault(name, set()).add(direction)
            stack.append((spec["components"][kind][name], direction))
    return found


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _merge(*maps: dict[str, set[str]]) -> dict[str, set[str]]:
    merged: dict[str, set[str]] = {}
    for found in maps:
        for name, directions in found.items():
            merged.setdefault(name, set()).update(directions)
    return merged


def _without_version(spec: dict) -> dict:
    return {**spec, "info": {key: value for key, value in spec.get("info", {}).items() if key != "version"}}


def _ref_name(node: dict) -> str:
    return node["$ref"].rsplit("/", 1)[-1]


def _shape(schema: dict) -> tuple:
    """What a retype changes: the type and format (arrays and objects are compared inside)."""
    return schema.get("type"), schema.get("format")


def _label(schema: dict) -> str:
    if "$ref" in schema:
        return _ref_name(schema)
    combined = next((k for k in ("oneOf", "anyOf", "allOf") if k in schema), None)
    if combined and "type" not in schema:
        return f"{combined}({', '.join(_label(alternative) for alternative in schema[combined])})"
    kind = schema.get("type", "any")
    return f"{kind}({schema['format']})" if "format" in schema else kind


def _keyed(alternatives: list[dict]) -> dict[str, dict]:
    """Alternatives by component name, inline ones by position (`#0`, `#1`)."""
    return {_ref_name(s) if "$ref" in s else f"#{index}": s for index, s in enumerate(alternatives)}


def _values(values: list) -> str:
    return ", ".join(str(value) for value in values)
