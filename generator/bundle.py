"""Merge the split transcription (spec/) into one OpenAPI document.

`spec/bexio.yaml` is the root; `spec/common.yaml` and the files named in its
`x-bexio-sections` list are fragments holding `tags`, `paths` and `components`. References
inside fragments point into the merged document (`#/components/schemas/Contact`). A name
defined twice is an error, so every path, operation and component has one home.
YAML anchors and merge keys (`<<`) may be used inside one file to repeat a sample.
"""

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

SECTIONS_KEY = "x-bexio-sections"


class _JsonLoader(yaml.CSafeLoader):
    """YAML as JSON sees it: an unquoted 2019-06-24 stays a string, not a date."""


_JsonLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


class BundleError(Exception):
    """The transcription cannot be merged into one document."""


def load_yaml(path: Path) -> Any:
    """Parse one YAML file with the C parser (the pure-Python one is ~4x slower)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_JsonLoader)


def section_files(spec_dir: Path) -> list[Path]:
    """The fragments the root names, in the reference's order, after the shared one."""
    root = load_yaml(spec_dir / "bexio.yaml")
    return [spec_dir / "common.yaml", *(spec_dir / name for name in root.get(SECTIONS_KEY, []))]


def bundle(spec_dir: Path, extra: Iterable[Path] = ()) -> dict[str, Any]:
    """The root merged with every fragment (plus `extra` fragments, for checking new ones)."""
    document = load_yaml(spec_dir / "bexio.yaml")
    document.pop(SECTIONS_KEY, None)
    document.setdefault("tags", [])
    document.setdefault("paths", {})
    document.setdefault("components", {})
    for path in [*section_files(spec_dir), *extra]:
        _merge_fragment(document, unshared(load_yaml(path)), path.name)
    return document


def unshared(value: Any) -> Any:
    """A deep copy in which no two places share an object.

    YAML aliases load as one shared object; a correction aimed at one place must not
    silently change the other places that repeated the sample.
    """
    if isinstance(value, dict):
        return {key: unshared(item) for key, item in value.items()}
    if isinstance(value, list):
        return [unshared(item) for item in value]
    return value


def _merge_fragment(document: dict[str, Any], fragment: dict[str, Any], source: str) -> None:
    unknown = set(fragment) - {"tags", "paths", "components"}
    if unknown:
        raise BundleError(f"{source}: unexpected top-level keys {sorted(unknown)}")
    known_tags = {tag["name"] for tag in document["tags"]}
    for tag in fragment.get("tags", []):
        if tag["name"] in known_tags:
            raise BundleError(f"{source}: tag {tag['name']!r} is already defined")
        document["tags"].append(tag)
    for url, item in (fragment.get("paths") or {}).items():
        target = document["paths"].setdefault(url, {})
        _merge_names(target, item, f"{source}: path {url}")
    for kind, entries in (fragment.get("components") or {}).items():
        target = document["components"].setdefault(kind, {})
        _merge_names(target, entries, f"{source}: components/{kind}")


def _merge_names(target: dict[str, Any], entries: dict[str, Any], where: str) -> None:
    clash = sorted(set(target) & set(entries))
    if clash:
        raise BundleError(f"{where}: {', '.join(clash)} defined twice")
    target.update(entries)
