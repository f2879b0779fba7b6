"""Redocly CLI (recommended rules, examples checked) and Spectral (spectral:oas) lint the published spec:
no error, no warning."""

import os
import re
import subprocess

from tests.paths import PUBLISHED_YAML, ROOT


def _run(tool: str, *args: str) -> tuple[int, str]:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    command = [str(ROOT / "node_modules" / ".bin" / tool), "lint", str(PUBLISHED_YAML), *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def test_redocly_lint_finds_nothing():
    returncode, report = _run("redocly", "--format=stylish")
    assert returncode == 0, report
    assert "Your API description is valid" in report, report
    assert not re.search(r"\b\d+ warnings?\b", report), report  # "You have 1 warning."


def test_spectral_lint_finds_nothing():
    # --fail-severity=hint: a warning, info or hint fails the run too (.spectral.yaml: spectral:oas)
    returncode, report = _run("spectral", "--ruleset", str(ROOT / ".spectral.yaml"), "--fail-severity=hint")
    assert returncode == 0, report
    assert "No results" in report, report
