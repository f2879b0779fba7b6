"""Our version, the last release, and whether a breaking change was released as one.

One version for the published description (`info.version`) and the package: it is written once,
in `overrides/python/_version.py`, and stamped into `info.version` by the build. bexio's own
reference version lives in `info.x-bexio-reference`.

The last release is recorded in the repository, not in git tags or history: `release/last.json`
names its version, the commit it was cut from and a gzipped, byte-for-byte copy of that commit's
`generated/openapi/bexio.json` (79 kB). A fresh or shallow clone (CI checks out one commit) can
diff against it without `git fetch`; tags may not survive a submission and history may be cut.
`python -m generator release` (`make release`) rewrites both after the release commit.
"""

import datetime
import gzip
import json
import re
import subprocess
from pathlib import Path
from typing import Any

from . import PUBLISHED_SPEC_DIR, ROOT, RUNTIME_DIR
from .bundle import load_yaml
from .diff import Change

VERSION_FILE = RUNTIME_DIR / "_version.py"
RELEASE_DIR = ROOT / "release"
RECORD = RELEASE_DIR / "last.json"
PUBLISHED_JSON = PUBLISHED_SPEC_DIR / "bexio.json"
_PUBLISHED = PUBLISHED_JSON.relative_to(ROOT).as_posix()
CHANGELOG = ROOT / "CHANGELOG.md"


def current_version() -> str:
    """The version being built: `__version__` of overrides/python/_version.py."""
    return re.search(r'^__version__ = "([^"]+)"', VERSION_FILE.read_text(encoding="utf-8"), re.M).group(1)


def stamp_version(document: dict[str, Any], version: str) -> None:
    """Put `version` in `info.version`, right after the title."""
    rest = {key: value for key, value in document["info"].items() if key not in ("title", "version")}
    document["info"] = {"title": document["info"]["title"], "version": version, **rest}


def last_release() -> dict[str, Any]:
    """The record of the last release: version, commit, date, spec file name."""
    return json.loads(RECORD.read_text(encoding="utf-8"))


def load_spec(source: str | None) -> tuple[dict[str, Any], str, str]:
    """A published spec, its label and its version, from `release` (default), a file, or a git commit.

    The version of the release's copy, or of its commit, is the record's (0.1.0 was released with
    bexio's 3.0.0 in `info.version`).
    """
    record = last_release()
    if source in (None, "release"):
        spec = json.loads(gzip.decompress((RELEASE_DIR / record["spec"]).read_bytes()))
        where = f"{record['commit'][:7]}, {record['date']}{_stated(spec, record)}"
        return spec, f"release {record['version']} ({where}){_reference(spec)}", record["version"]
    path = Path(source)
    if path.is_file():
        if path.suffix == ".gz":
            spec = json.loads(gzip.decompress(path.read_bytes()))
        else:
            spec = json.loads(path.read_bytes()) if path.suffix == ".json" else load_yaml(path)
        label = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
        return spec, f"{label}, version {spec['info']['version']}{_reference(spec)}", spec["info"]["version"]
    commit, shown = _git("rev-parse", "--verify", f"{source}^{{commit}}"), _git("show", f"{source}:{_PUBLISHED}")
    if commit.returncode or shown.returncode:
        raise SystemExit(f"{source} is neither 'release', a file, nor a git commit with {_PUBLISHED}")
    spec = json.loads(shown.stdout)
    version = record["version"] if commit.stdout.strip() == record["commit"] else spec["info"]["version"]
    stated = _stated(spec, {"version": version})
    return spec, f"commit {source}, version {version}{stated and f' ({stated[2:]})'}{_reference(spec)}", version


def _stated(spec: dict[str, Any], record: dict[str, Any]) -> str:
    """The spec's own `info.version` where it is not the release's (bexio's 3.0.0 in release 0.1.0)."""
    return f"; info.version {spec['info']['version']}" if spec["info"]["version"] != record["version"] else ""


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def _reference(spec: dict[str, Any]) -> str:
    reference = dict(spec["info"].get("x-bexio-reference", {}))
    if not reference:
        return ""
    details = ", ".join(f"{key} {value}" for key, value in reference.items() if key != "version")
    return f", bexio reference {reference.get('version', '?')}" + (f" ({details})" if details else "")


def changelog_section(changelog: str, version: str) -> str | None:
    """The text under the CHANGELOG heading `## <version>` (`## [1.0.0] - date` too), or None."""
    match = re.search(rf"^## \[?{re.escape(version)}\]?(?![\w.]).*?$(.*?)(?=^## |\Z)", changelog, re.M | re.S)
    return match.group(1) if match else None


def unannounced(changes: list[Change], released: str, version: str, changelog: str) -> list[str]:
    """Why the breaking changes are not released as such: empty when they are (or when there are none).

    They need a new major version and, in CHANGELOG.md's section for it, each place in backticks
    as `make diff ARGS=--markdown` writes it (`GET /2.0/contact`, `Contact.name_1`).
    """
    breaking = list(dict.fromkeys(change.where for change in changes if change.breaking))
    if not breaking:
        return []
    if int(version.split(".")[0]) <= int(released.split(".")[0]):
        return [f"{len(breaking)} breaking changes need a new major version (released {released}, now {version})"]
    section = changelog_section(changelog, version)
    if section is None:
        return [f"CHANGELOG.md has no section '## {version}' naming the {len(breaking)} breaking changes"]
    return [
        f"CHANGELOG.md's section {version} does not name `{where}`" for where in breaking if f"`{where}`" not in section
    ]


def record_release() -> Path:
    """Record HEAD as the last release: its version, commit and published spec."""

    def git(*args: str) -> str:
        done = _git(*args)
        if done.returncode:
            raise SystemExit(done.stderr.strip())
        return done.stdout.strip()

    if git("status", "--porcelain", "--", str(PUBLISHED_JSON), str(VERSION_FILE)):
        raise SystemExit("commit the release (version, published spec) first")
    spec_bytes = PUBLISHED_JSON.read_bytes()
    version = current_version()
    if json.loads(spec_bytes)["info"]["version"] != version:
        raise SystemExit("info.version differs from overrides/python/_version.py: run make generate")
    last = last_release()
    if version == last["version"]:
        raise SystemExit(f"{version} is already the last release: bump overrides/python/_version.py")
    old = RELEASE_DIR / last["spec"]
    name = f"bexio-{version}.json.gz"
    (RELEASE_DIR / name).write_bytes(gzip.compress(spec_bytes, compresslevel=9, mtime=0))
    if old.name != name:
        old.unlink()
    record = {"version": version, "commit": git("rev-parse", "HEAD"), "date": str(datetime.date.today()), "spec": name}
    RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return RECORD
