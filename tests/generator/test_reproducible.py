"""`make generate` reproduces generated/ byte for byte (run in a copy, the work tree is untouched)."""

import filecmp
import shutil
import subprocess
import sys

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
    assert differences == [], "generated/ is stale or not reproducible; run `make generate`"


def _differences(comparison: filecmp.dircmp) -> list[str]:
    found = [f"{comparison.left}/{name}" for name in comparison.left_only + comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    found += [f"{comparison.left}/{name}" for name in mismatch + errors]
    for sub in comparison.subdirs.values():
        found += _differences(sub)
    return found
