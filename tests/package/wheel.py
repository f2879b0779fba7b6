"""Build the wheel and install it in a clean venv, for tests/package and `make bench`."""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

# What the wheel is built from, copied first so that the build leaves no egg-info in generated/.
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "generated/bexio_client")


def build_wheel(out_dir: Path) -> Path:
    """The wheel of the current tree, built offline with the dev venv's setuptools."""
    source = out_dir / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / name, source / name)
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out_dir), str(source)]
    _run(command)
    (wheel,) = out_dir.glob("*.whl")
    return wheel


def clean_venv(path: Path, requirement: str) -> Path:
    """A venv without system site packages holding `requirement` and only its declared dependencies
    (from the package index); returns its python. pip runs from the dev venv (`--python`)."""
    _run([sys.executable, "-m", "venv", "--without-pip", str(path)])
    python = path / "bin" / "python"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--disable-pip-version-check",
            requirement,
        ]
    )
    return python


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
