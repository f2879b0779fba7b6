"""Validate the corrected document and write the published spec (YAML and JSON)."""

import json
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError


class _NoAliasDumper(yaml.CSafeDumper):
    """Write every repeated sample in full: the published file has no YAML anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def check(document: dict[str, Any]) -> None:
    """Raise with a readable message when the document is not valid OpenAPI 3.0."""
    try:
        validate(document)
    except OpenAPIValidationError as error:
        path = "/".join(str(part) for part in error.path)
        message = error.message if len(error.message) < 300 else f"{error.validator} check failed"
        raise SystemExit(f"published spec is not valid OpenAPI at {path}: {message}") from None


def write(document: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    """Write `bexio.yaml` and `bexio.json` byte for byte the same on every run."""
    out_dir.mkdir(parents=True, exist_ok=True)
    yaml_path, json_path = out_dir / "bexio.yaml", out_dir / "bexio.json"
    yaml_text = yaml.dump(document, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=100)
    yaml_path.write_text(yaml_text, encoding="utf-8")
    json_path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return yaml_path, json_path
