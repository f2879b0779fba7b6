"""The published spec breaks no caller of the last release unless the version and CHANGELOG say so.

The version is set in one place, `overrides/python/_version.py`; the CHANGELOG section is the one
headed `## <version>`. Release steps: README.md, "Releasing".
"""

import gzip
import re
import subprocess

import pytest

from bexio_client import __version__
from generator.diff import diff
from generator.release import CHANGELOG, PUBLISHED_JSON, RELEASE_DIR, last_release, load_spec, unannounced
from tests.paths import ROOT


def test_breaking_changes_since_the_last_release_are_released_as_such(spec):
    released, _, version = load_spec("release")
    problems = unannounced(diff(released, spec), version, spec["info"]["version"], CHANGELOG.read_text("utf-8"))
    assert problems == [], "see `make diff`; README.md, Releasing"


def test_one_semver_for_the_description_and_the_package(spec):
    assert spec["info"]["version"] == __version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    as_numbers = [tuple(map(int, v.split("."))) for v in (last_release()["version"], __version__)]
    assert as_numbers[1] >= as_numbers[0]


def test_the_release_copy_is_the_published_spec_of_the_released_commit():
    record = last_release()
    shown = subprocess.run(
        ["git", "show", f"{record['commit']}:{PUBLISHED_JSON.relative_to(ROOT).as_posix()}"],
        cwd=ROOT,
        capture_output=True,
    )
    if shown.returncode:
        pytest.skip(f"commit {record['commit'][:7]} is not in this clone (shallow?)")
    assert gzip.decompress((RELEASE_DIR / record["spec"]).read_bytes()) == shown.stdout
    assert sorted(path.name for path in RELEASE_DIR.iterdir()) == sorted(["last.json", record["spec"]])
