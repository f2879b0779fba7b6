"""Generate the Python package from the published spec with openapi-python-client.

openapi-python-client is driven as a library (the pinned 0.29.1) rather than through its
CLI for one reason: the `x-python-name` extension. Where bexio names a field differently on
write and on read (`titel_id` sent, `title_id` returned), an overlay gives the wire field a
Python name; this module applies it to the parsed models before the templates render, so
`ContactCreate(title_id=3).to_dict()` holds `"titel_id": 3`. Everything else is the stock
generator with `generator/config.yaml` and the templates in `overrides/templates/`.
"""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.strings import PythonIdentifier

from .parsing import dump_needed, model_code, union_dispatch

PYTHON_NAME = "x-python-name"


class ClientGenerationError(Exception):
    """openapi-python-client reported an error or a warning (a skipped endpoint, say)."""


def generate_client(
    document: dict[str, Any],
    spec_path: Path,
    package_dir: Path,
    config_path: Path,
    templates_dir: Path,
    runtime_dir: Path,
) -> None:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise ClientGenerationError(_describe([openapi]))
    _apply_python_names(openapi, document, config)
    if package_dir.exists():
        shutil.rmtree(package_dir)
    project = Project(openapi=openapi, config=config, custom_template_path=templates_dir)
    operations = _operations(document)
    models = {model.class_info.name: model for model in openapi.models}
    project.env.globals.update(
        model_code=lambda model: model_code(model, models),
        union_dispatch=lambda prop, source: union_dispatch(prop, models, source),
        dump_needed=dump_needed,
        body_models=body_models,
    )
    project.env.filters["format_known"] = lambda name: f"({name} is not UNSET)"
    project.env.globals["spec_operation"] = spec_operation = lambda endpoint: operations[
        (endpoint.method, _template(endpoint.path.get_untrusted_value()))
    ]
    project.env.globals["deprecation"] = _deprecation
    responses = document["components"].get("responses", {})
    error_class = _runtime_module(runtime_dir, "errors").error_class
    project.env.globals["error_responses"] = lambda endpoint: [
        (
            int(code),
            error_class(int(code)).__name__,
            responses.get(response.get("$ref", "").rsplit("/", 1)[-1], response).get("description", ""),
        )
        for code, response in spec_operation(endpoint)["responses"].items()
        if code.isdigit() and int(code) >= 400
    ]
    errors = project.build()
    if errors:
        raise ClientGenerationError(_describe(errors))
    # The generated `client.py` (AuthenticatedClient) is replaced by `Bexio`/`AsyncBexio`: nothing uses it.
    (package_dir / "client.py").unlink()
    root = package_dir.parent.parent
    for module in sorted(runtime_dir.glob("*.py")):
        shutil.copyfile(module, package_dir / module.name)
    _mark_sources(package_dir, root, spec_path, templates_dir, runtime_dir)
    (package_dir / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the package ships its types
    _format(package_dir)


def body_models(prop: Any) -> tuple[str, list[str]] | None:
    """How a request body is made of models, for its type hint and its check (a dict may stand
    for a model): ("model", [name]), ("list", [item name]), ("union", [names]), or None."""
    model = "model_property.py.jinja"
    if prop.template == model:
        return "model", [prop.class_info.name]
    if prop.template == "list_property.py.jinja" and prop.inner_property.template == model:
        return "list", [prop.inner_property.class_info.name]
    if prop.template == "union_property.py.jinja" and all(inner.template == model for inner in prop.inner_properties):
        return "union", [inner.class_info.name for inner in prop.inner_properties]
    return None


def _runtime_module(runtime_dir: Path, name: str) -> Any:
    """A runtime module loaded from its file (errors.py needs only httpx), so that the generated
    docstrings name the exception class the runtime raises, from the runtime's own table."""
    spec = importlib.util.spec_from_file_location(f"bexio_runtime_{name}", runtime_dir / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mark_sources(package_dir: Path, root: Path, spec_path: Path, templates_dir: Path, runtime_dir: Path) -> None:
    """Open every module with a line naming the file to edit instead of it."""
    generated = (
        f"# Generated by `make generate` from {spec_path.relative_to(root).as_posix()}"
        f" and {templates_dir.relative_to(root).as_posix()}/; do not edit.\n"
    )
    for module in sorted(package_dir.rglob("*.py")):
        source = runtime_dir / module.name
        if module.parent == package_dir and source.exists():
            header = (
                f"# Copied by `make generate` from {source.relative_to(root).as_posix()}:"
                " edit that file, not this copy.\n"
            )
        else:
            header = generated
        module.write_text(header + module.read_text(encoding="utf-8"), encoding="utf-8")


def _apply_python_names(openapi: GeneratorData, document: dict[str, Any], config: Config) -> None:
    """Rename the Python attribute of every property that carries `x-python-name`."""
    wanted = _count_python_names(document.get("components", {}).get("schemas", {}))
    applied = 0
    for model in openapi.models:
        declared = _declared_properties(model)
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            name = declared.get(prop.name.get_untrusted_value())
            if name:
                prop.python_name = PythonIdentifier(name, config.field_prefix)
                applied += 1
    if applied != wanted:
        raise ClientGenerationError(f"{PYTHON_NAME}: {wanted} declared in components/schemas, {applied} applied")


def _deprecation(operation: dict[str, Any]) -> str:
    """Why an operation is deprecated: the line of its description that says so, else its first line."""
    lines = operation.get("description", "").splitlines() or [""]
    return next((line for line in lines if "eprecated" in line), lines[0]).replace("**", "")


def _template(path: str) -> str:
    """The path with its parameter names blanked: the generator snake-cases them
    (`{employeeId}` becomes `{employee_id}`)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Every operation by (method, path), for the templates; each must declare its Python name,
    unique within its section (the resource it is a method of)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    names: dict[tuple[str, str], str] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            name = operation.get(PYTHON_NAME)
            where = f"{method.upper()} {path} ({operation['operationId']})"
            if not name or not name.isidentifier():
                raise ClientGenerationError(f"{where}: {PYTHON_NAME} must name the Python method")
            clash = names.setdefault((operation["tags"][0], name), operation["operationId"])
            if clash != operation["operationId"]:
                raise ClientGenerationError(f"{where}: {PYTHON_NAME} {name!r} is already taken by {clash}")
            key = (method, _template(path))
            if key in found:
                raise ClientGenerationError(f"{where}: its path differs from another only by parameter names")
            found[key] = operation
    return found


def _declared_properties(model: ModelProperty) -> dict[str, str]:
    properties = model.data.properties or {}
    return {
        name: schema.model_extra[PYTHON_NAME]
        for name, schema in properties.items()
        if schema.model_extra and PYTHON_NAME in schema.model_extra
    }


def _count_python_names(schemas: dict[str, Any]) -> int:
    return sum(
        PYTHON_NAME in prop
        for schema in schemas.values()
        for prop in (schema.get("properties") or {}).values()
        if isinstance(prop, dict)
    )


def _describe(errors: list[GeneratorError]) -> str:
    return "\n".join(f"{error.level.value}: {error.header} {error.detail or ''}".strip() for error in errors)


def _format(package_dir: Path) -> None:
    """ruff, from the same environment as this interpreter: fix imports, then format."""
    ruff = Path(sys.executable).with_name("ruff")
    env = {**os.environ, "PATH": f"{ruff.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for args in (["check", ".", "--fix-only", "--extend-select=I", "--quiet"], ["format", ".", "--quiet"]):
        subprocess.run([str(ruff), *args], cwd=package_dir, env=env, check=True)
