"""What bexio really sends: one rule applied to every response-side schema of the published spec.

spec/README.md ("What bexio really sends") states the rule and its evidence, the recorded live
answers of tests/data/live/ (counted by `generator/recordings.py`). The rule runs after the
overlays, on every schema a 2xx response reaches, so a section added later inherits it:

* Request schemas stay strict. A component reached by a request and by a response is split:
  the response side gets a copy named `<Name>Read`.
* Null: a response field may be null unless there is evidence it never is: `id`; a boolean or
  an array (kinds the recordings never show null); a one-value enum (the `type` that names a
  variant); a reference to another component (OAS 3.0 cannot add null to a `$ref` without a
  `oneOf` branch that generators read differently; left as documented); or a field the
  recordings show present and non-null in every answer that carried its object.
* Absent: a `required` field the recordings show missing is no longer required.
* Numbers as strings: an integer or number field that is neither an identifier (`id`, `…_id`)
  nor an enum code also accepts a numeric string (`"0"`, `"12.50"`).
* Enums grow: every response-side enum of more than one value carries `x-bexio-open-enum: true`.
"""

import copy
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .recordings import FieldKey, Recording, observe

OPEN_ENUM = "x-bexio-open-enum"
READ_SUFFIX = "Read"
NUMERIC_STRING = {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"}
REF_PREFIX = "#/components/schemas/"


@dataclass
class RuleReport:
    """What the rule changed, for `python -m generator evidence` and the tests."""

    evidence: dict[FieldKey, Counter] = field(default_factory=dict)
    split: list[str] = field(default_factory=list)
    nullable_components: list[str] = field(default_factory=list)
    nullable: list[FieldKey] = field(default_factory=list)
    numeric_string: list[FieldKey] = field(default_factory=list)
    not_required: list[FieldKey] = field(default_factory=list)
    open_enums: int = 0
    kinds: dict[FieldKey, str] = field(default_factory=dict)  # recorded fields, by kind
    documented_nullable: set[FieldKey] = field(default_factory=set)
    always_present: list[FieldKey] = field(default_factory=list)


def apply_response_rule(document: dict[str, Any], recordings: list[Recording]) -> RuleReport:
    """Apply the rule in place, with what `recordings` show as evidence."""
    split = split_shared_schemas(document)
    report = RuleReport(evidence=observe(document, recordings), split=split)
    evidence = report.evidence
    schemas = document["components"]["schemas"]
    variants = _discriminated_variants(schemas)
    referenced_without_evidence: set[str] = set()
    # The rule below adds no `$ref`: what responses reach is walked once, for both steps.
    responses = _success_responses(document)
    names = _reached(document, responses)
    for name in sorted(names):
        _mark_open_enum(schemas[name], report)
        for parent, prop, node, key in fields(schemas[name], name, ""):
            counts = evidence.get(key, Counter())
            _note_evidence(report, key, prop, node, counts)
            _mark_open_enum(node, report)
            if counts["absent"] and prop in parent.get("required", []):
                parent["required"].remove(prop)
                report.not_required.append(key)
                if not parent["required"]:  # OAS 3.0: `required` holds at least one name
                    del parent["required"]
            if _may_be_numeric_string(prop, node, counts):
                _accept_numeric_string(node)
                report.numeric_string.append(key)
            if "$ref" in node and not _evidenced(counts):
                referenced_without_evidence.add(node["$ref"].removeprefix(REF_PREFIX))
            elif not _never_null(prop, node, counts, (name, prop) in variants) and _add_null(node):
                report.nullable.append(key)
    roots = [*responses, *(schemas[name] for name in names)]
    report.nullable_components = _nullable_components(schemas, roots, referenced_without_evidence)
    return report


def _nullable_components(schemas: dict[str, Any], roots: list[Any], names: set[str]) -> list[str]:
    """Components that a response field references without evidence it is never null take null
    themselves (OAS 3.0 cannot add null beside a `$ref`); the split keeps requests out of it.
    Only those used as fields alone (below `roots`, the responses and the components they reach):
    a response body or an array item does not become null."""
    done: list[str] = []
    other_uses = _refs_outside_fields(roots)
    for name in sorted(names - other_uses):
        schema = schemas[name]
        if "type" in schema and not schema.get("nullable"):
            schema["nullable"] = True
            if "enum" in schema:  # OAS 3.0.3: an enum that takes null lists it
                schema["enum"].append(None)
            done.append(name)
    return done


def _walk(roots: list[Any], visit: Any) -> None:
    """Walk every node below `roots` but examples. `visit(key, value)` returns the nodes to walk
    instead of `value` (an empty list: none), or None to walk `value` itself."""
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending += node
        elif isinstance(node, dict):
            for key, value in node.items():
                if key not in ("example", "examples"):
                    instead = visit(key, value)
                    pending += [value] if instead is None else instead


def _refs_outside_fields(roots: list[Any]) -> set[str]:
    """Components referenced other than as the whole schema of an object's property."""
    found: set[str] = set()

    def visit(key: str, value: Any) -> list[Any] | None:
        if key == "$ref":
            found.add(value.removeprefix(REF_PREFIX))
            return []
        if key == "mapping" and isinstance(value, dict):
            found.update(ref.removeprefix(REF_PREFIX) for ref in value.values())
            return []
        if key == "properties" and isinstance(value, dict):
            return [prop for prop in value.values() if "$ref" not in prop]
        return None

    _walk(roots, visit)
    return found


def response_schema_names(document: dict[str, Any]) -> set[str]:
    """Components reached from a 2xx response."""
    return _reached(document, _success_responses(document))


def request_schema_names(document: dict[str, Any]) -> set[str]:
    """Components reached from a parameter or a request body."""
    roots: list[Any] = []
    for item in document["paths"].values():
        roots.append(item.get("parameters", []))
        for _, operation in _operations(item):
            roots += [operation.get("parameters", []), operation.get("requestBody", {})]
    return _reached(document, roots)


def split_shared_schemas(document: dict[str, Any]) -> list[str]:
    """Give the response side its own copy of every component requests use too."""
    schemas = document["components"]["schemas"]
    response_side = response_schema_names(document)
    shared = sorted(response_side & request_schema_names(document))
    for name in shared:
        if name + READ_SUFFIX in schemas:
            raise ValueError(f"cannot split {name}: {name + READ_SUFFIX} exists")
        schemas[name + READ_SUFFIX] = copy.deepcopy(schemas[name])
        if "title" in schemas[name]:  # openapi-python-client names the model after its title
            schemas[name + READ_SUFFIX]["title"] += READ_SUFFIX
    renamed = {REF_PREFIX + name: REF_PREFIX + name + READ_SUFFIX for name in shared}
    response_only = [schemas[name] for name in sorted(response_side - set(shared))]
    copies = [schemas[name + READ_SUFFIX] for name in shared]
    for root in [*_success_responses(document), *response_only, *copies]:
        _rename_refs(root, renamed)
    return shared


def kind(prop: str, node: dict[str, Any]) -> str:
    """The kinds of field the evidence is counted by."""
    if prop == "id":
        return "id"
    if "$ref" in node:
        return "reference to a component"
    if prop.endswith("_id"):
        return "…_id (identifier of another resource)"
    if "enum" in node:
        return "enum"
    return node.get("type") or ("several types" if "oneOf" in node else "any type")


def _note_evidence(report: RuleReport, key: FieldKey, prop: str, node: dict[str, Any], counts: Counter) -> None:
    if not counts["objects"]:
        return
    report.kinds[key] = kind(prop, node)
    if node.get("nullable") or any(branch.get("nullable") for branch in node.get("oneOf", [])):
        report.documented_nullable.add(key)
    if _evidenced(counts):
        report.always_present.append(key)


def evidence_lines(report: RuleReport) -> list[str]:
    """Per kind of field: how many the recordings show null, absent, as a numeric string."""
    rows: dict[str, Counter] = {}
    for key, field_kind in report.kinds.items():
        counts, row = report.evidence[key], rows.setdefault(field_kind, Counter())
        row["fields"] += 1
        row["values"] += counts["objects"] - counts["absent"]
        row["null"] += bool(counts["null"])
        row["null, documented non-null"] += bool(counts["null"]) and key not in report.documented_nullable
        row["absent"] += bool(counts["absent"])
        row["numeric string"] += bool(counts["numeric_string"])
    columns = ["fields", "values", "null", "null, documented non-null", "absent", "numeric string"]
    lines = ["| kind of response field | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for field_kind, row in sorted(rows.items(), key=lambda item: -item[1]["fields"]):
        lines.append(f"| {field_kind} | " + " | ".join(str(row[column]) for column in columns) + " |")
    lines += [
        "",
        f"recorded fields: {len(report.kinds)}; present and non-null in every answer: {len(report.always_present)}",
        f"rule: {len(report.nullable)} fields made nullable, {len(report.numeric_string)} accept numeric strings, "
        f"{len(report.not_required)} no longer required, {report.open_enums} enums marked open, "
        f"{len(report.nullable_components)} components take null where fields reference them "
        f"({', '.join(report.nullable_components)}), "
        f"{len(report.split)} components split ({', '.join(report.split)})",
    ]
    return lines


def _never_null(prop: str, node: dict[str, Any], counts: Counter, is_discriminator: bool) -> bool:
    if prop == "id" or is_discriminator:
        return True
    if node.get("type") in ("boolean", "array") or len(node.get("enum", [])) == 1:
        return True
    return _evidenced(counts)


def _evidenced(counts: Counter) -> bool:
    """The recordings show the field present and non-null in every answer that carried its object."""
    return counts["objects"] > 0 and not counts["absent"] and not counts["null"]


def _add_null(node: dict[str, Any]) -> bool:
    """Let `node` take null; False when it already does (or has no type to add null to)."""
    target = node["oneOf"][0] if "oneOf" in node else node
    if "oneOf" in node and any(branch.get("nullable") for branch in node["oneOf"]):
        return False
    if "type" not in target or target.get("nullable"):
        return False
    target["nullable"] = True
    return True


def _may_be_numeric_string(prop: str, node: dict[str, Any], counts: Counter) -> bool:
    if node.get("type") not in ("integer", "number"):
        return False
    identifier = prop == "id" or prop.endswith("_id")
    return counts["numeric_string"] > 0 or not (identifier or "enum" in node)


def _accept_numeric_string(node: dict[str, Any]) -> None:
    """`{type: integer, …}` → `{oneOf: [{type: integer, …}, {type: string, pattern}]}`, in place;
    description, example and default stay on the field."""
    kept = {key: node.pop(key) for key in ("description", "example", "default", OPEN_ENUM) if key in node}
    number = dict(node)
    node.clear()
    node.update(kept)
    node["oneOf"] = [number, dict(NUMERIC_STRING)]


def _mark_open_enum(node: dict[str, Any], report: RuleReport) -> None:
    for candidate in (node, node.get("items") or {}):
        if len(candidate.get("enum", [])) > 1 and not candidate.get(OPEN_ENUM):
            candidate[OPEN_ENUM] = True
            report.open_enums += 1


def fields(schema: dict[str, Any], owner: str, path: str) -> Iterator[tuple[dict, str, dict, FieldKey]]:
    """Every property of `schema` and of the objects nested inline in it (not across `$ref`)."""
    for prop, node in (schema.get("properties") or {}).items():
        key = f"{path}.{prop}" if path else prop
        yield schema, prop, node, (owner, key)
        if "properties" in node:
            yield from fields(node, owner, key)
        if "properties" in (node.get("items") or {}):
            yield from fields(node["items"], owner, f"{key}[]")
    for branch in schema.get("oneOf", []) + schema.get("allOf", []):
        if "$ref" not in branch:
            yield from fields(branch, owner, path)


def _discriminated_variants(schemas: dict[str, Any]) -> set[tuple[str, str]]:
    """(variant component, discriminator property) for every discriminated oneOf."""
    found = set()
    for schema in schemas.values():
        discriminator = schema.get("discriminator")
        if discriminator:
            for target in discriminator.get("mapping", {}).values():
                found.add((target.removeprefix(REF_PREFIX), discriminator["propertyName"]))
    return found


def _success_responses(document: dict[str, Any]) -> list[Any]:
    responses = []
    for item in document["paths"].values():
        for _, operation in _operations(item):
            responses += [r for status, r in operation["responses"].items() if status.startswith("2")]
    return responses


def _operations(item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    return ((method, operation) for method, operation in item.items() if method != "parameters")


def _reached(document: dict[str, Any], roots: list[Any]) -> set[str]:
    components = document["components"]
    names: set[str] = set()

    def visit(key: str, value: Any) -> list[Any] | None:
        if not (key == "$ref" or (key == "mapping" and isinstance(value, dict))):
            return None
        followed = []
        for ref in [value] if key == "$ref" else value.values():
            kind, name = ref.split("/")[-2:]
            if kind != "schemas":
                followed.append(components[kind][name])
            elif name not in names:
                names.add(name)
                followed.append(components["schemas"][name])
        return followed

    _walk(roots, visit)
    return names


def _rename_refs(node: Any, renamed: dict[str, str]) -> None:
    if isinstance(node, list):
        for item in node:
            _rename_refs(item, renamed)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in ("example", "examples"):
                continue
            if key == "$ref" and value in renamed:
                node[key] = renamed[value]
            elif key == "mapping" and isinstance(value, dict):
                node[key] = {tag: renamed.get(ref, ref) for tag, ref in value.items()}
            else:
                _rename_refs(value, renamed)
