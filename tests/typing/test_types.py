"""Type checkers see the public surface as it behaves: pyright (pinned in package.json) finds no
error in the README's calls (usage.py), reports every deliberate mistake (mistakes.py) at its
line and nothing else, and rates the package's exported types above 95 % complete."""

import json
import os
import re
import subprocess

import pytest

from tests.paths import ROOT

PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
HERE = ROOT / "tests" / "typing"


def pyright(*args: str) -> dict:
    """pyright's JSON report, with the generated package importable as a user's install would be."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    command = [str(PYRIGHT), "--outputjson", "--pythonpath", str(ROOT / ".venv" / "bin" / "python"), *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def report() -> dict:
    return pyright(str(HERE / "usage.py"), str(HERE / "mistakes.py"))


def errors_in(report: dict, name: str) -> list[int]:
    return sorted(
        d["range"]["start"]["line"] + 1
        for d in report["generalDiagnostics"]
        if d["severity"] == "error" and d["file"].endswith(name)
    )


def test_the_readme_calls_type_check(report):
    assert errors_in(report, "usage.py") == []


def test_every_deliberate_mistake_is_reported_and_nothing_else(report):
    lines = (HERE / "mistakes.py").read_text().splitlines()
    marked = [number for number, line in enumerate(lines, start=1) if re.search(r"#\s*error:", line)]
    assert len(marked) == 10
    assert errors_in(report, "mistakes.py") == marked


def test_exported_types_are_complete():
    package = ROOT / "generated" / "bexio_client"
    assert (package / "py.typed").exists()
    completeness = pyright("--verifytypes", "bexio_client", "--ignoreexternal")["typeCompleteness"]
    assert completeness["completenessScore"] > 0.95, completeness["exportedSymbolCounts"]
