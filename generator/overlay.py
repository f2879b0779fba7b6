"""Apply OpenAPI Overlay 1.0 documents (overrides/overlays/*.yaml) to the bundled document.

Each action selects nodes with an RFC 9535 JSONPath `target` (the `jsonpath-rfc9535`
library evaluates it) and either removes them (`remove: true`) or merges `update` into
them: objects merge key by key, recursively; any other value replaces the one it meets;
an update aimed at an array is appended to it. To replace an object wholesale, remove it
in one action and add it back in the next, as the Overlay specification intends.

An action that selects nothing fails the build: a stale correction must be noticed when
bexio's documentation (and so the transcription) changes.
"""

from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from .bundle import load_yaml, unshared


class OverlayError(Exception):
    """An overlay is malformed or one of its actions matches nothing."""


def overlay_files(overlays_dir: Path) -> list[Path]:
    """Overlays apply in file-name order."""
    return sorted(overlays_dir.glob("*.yaml"))


def apply_overlays(document: dict[str, Any], paths: list[Path]) -> dict[str, Any]:
    for path in paths:
        apply_overlay(document, load_yaml(path), path.name)
    return document


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], source: str) -> None:
    if not str(overlay.get("overlay", "")).startswith("1.0"):
        raise OverlayError(f"{source}: not an Overlay 1.0 document")
    if not overlay.get("info", {}).get("description"):
        raise OverlayError(f"{source}: info.description must state the quirk and its evidence")
    for number, action in enumerate(overlay.get("actions") or [], start=1):
        where = f"{source} action {number} ({action.get('target')})"
        if not action.get("description"):
            raise OverlayError(f"{where}: every action needs a description")
        nodes = list(jsonpath_rfc9535.finditer(action["target"], document))
        if not nodes:
            raise OverlayError(f"{where}: matches nothing; the correction is stale")
        if action.get("remove"):
            _remove(nodes, where)
        elif "update" in action:
            for node in nodes:
                _update(node.value, action["update"], where)
        else:
            raise OverlayError(f"{where}: an action needs `update` or `remove: true`")


def _remove(nodes: list[Any], where: str) -> None:
    # Remove array items from the highest index down so earlier indexes stay valid.
    for node in sorted(nodes, key=lambda n: n.location[-1] if n.location else 0, reverse=True):
        if node.parent is None:
            raise OverlayError(f"{where}: cannot remove the document root")
        del node.parent.value[node.location[-1]]


def _update(target: Any, update: Any, where: str) -> None:
    if isinstance(target, list):
        target.append(update)
    elif isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if isinstance(target.get(key), dict) and isinstance(value, dict):
                _update(target[key], value, where)
            else:
                target[key] = unshared(value)
    else:
        raise OverlayError(f"{where}: cannot merge {type(update).__name__} into {type(target).__name__}")
