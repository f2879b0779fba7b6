"""Redocly CLI lints the published spec (recommended rules, examples checked) with no errors."""

import os
import subprocess

from tests.paths import PUBLISHED_YAML, ROOT


def test_redocly_lint_finds_no_errors():
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    result = subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "redocly"), "lint", str(PUBLISHED_YAML), "--format=stylish"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "Your API description is valid" in report, report
