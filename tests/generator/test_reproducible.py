"""`make generate` reproduces generated/ byte for byte (run in a copy, the work tree is untouched)."""

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

INPUTS = ("generator", "spec", "overrides", "tests/data/live", "pyproject.toml")


def test_generate_reproduces_the_committed_tree(tmp_path):
    for name in INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run([sys.executable, "-m", "generator", "build"], cwd=tmp_path, check=True, capture_output=True)
    differences = _differences(filecmp.dircmp(ROOT / "generated", tmp_path / "generated", ignore=["__pycache__"]))
    assert differences == [], "generated/ is stale or not reproducible:\n" + "\n".join(map(_what_to_edit, differences))


def _what_to_edit(path: Path) -> str:
    """The file to edit for a differing generated file: never the generated file itself."""
    shown = path.relative_to(ROOT)
    source = ROOT / "overrides" / "python" / path.name
    if path.parent == ROOT / "generated" / "bexio_client" and source.exists():
        return f"{shown}: a copy; edit {source.relative_to(ROOT)}, then `make generate`"
    return f"{shown}: edit spec/, overrides/overlays/ or overrides/templates/ (or generator/), then `make generate`"


def _differences(comparison: filecmp.dircmp) -> list[Path]:
    left = Path(comparison.left)
    found = [left / name for name in comparison.left_only + comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    found += [left / name for name in mismatch + errors]
    for sub in comparison.subdirs.values():
        found += _differences(sub)
    return found
