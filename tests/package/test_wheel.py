"""The built wheel, installed with only its declared dependencies in a venv without system site
packages, runs what a user runs: the import, a client without the `oauth` extra, the README's
examples against the mock on a real socket, and OAuth2 once the extra is installed."""

import os
import re
import subprocess

import pytest

from tests.paths import ROOT

# The README marks each example that runs against the mock with this comment; the test runs it in
# a fresh process, after `bexio = Bexio(base_url=<mock>)`, with BEXIO_ACCESS_TOKEN set and
# `Bexio()` pointed at the mock.
MARK = "<!-- runs against the mock in tests/package/test_wheel.py -->"
EXAMPLE = re.compile(re.escape(MARK) + r"\s*```python\n(.*?)```", re.DOTALL)
EXAMPLES = EXAMPLE.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def run(python, code: str, **env: str) -> str:
    """`code` in the venv, isolated (-I): neither the repository nor PYTHONPATH is on sys.path."""
    result = subprocess.run(
        [str(python), "-I", "-c", code], capture_output=True, text=True, cwd=python.parent, env={**os.environ, **env}
    )
    assert result.returncode == 0, f"{code}\n---\n{result.stderr}"
    return result.stdout


def test_the_wheel_installs_its_dependencies_only_and_ships_its_types(venv_python):
    shown = run(
        venv_python,
        "import importlib.metadata as m, importlib.util as u, pathlib, bexio_client;"
        "print(pathlib.Path(bexio_client.__file__).with_name('py.typed').is_file());"
        "print(u.find_spec('authlib') is None, u.find_spec('dateutil') is None);"
        "print(sorted(d.metadata['Name'].lower() for d in m.distributions()))",
    )
    typed, no_extras, installed = shown.splitlines()
    assert typed == "True"
    assert no_extras == "True True"
    assert "sniffio" in installed and "bexio-client" in installed


def test_a_client_needs_no_oauth_extra(venv_python):
    shown = run(venv_python, "import bexio_client; print(bexio_client.Bexio(access_token='x'))")
    assert shown.startswith("Bexio(base_url='https://api.bexio.com')")


def test_the_readme_marks_its_examples():
    assert len(EXAMPLES) >= 2, f"README.md: the examples that run are marked with {MARK}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example-{n}" for n in range(1, len(EXAMPLES) + 1)])
def test_a_readme_example_runs_against_the_mock(venv_python, mock_url, example):
    client = f"Bexio(base_url={mock_url!r})"
    prelude = f"from bexio_client import Bexio\nbexio = {client}\n"
    run(venv_python, prelude + example.replace("Bexio()", client), BEXIO_ACCESS_TOKEN="readme-token")


def test_oauth_works_with_the_extra(oauth_venv_python):
    shown = run(
        oauth_venv_python,
        "from bexio_client import OAuth2\n"
        "oauth = OAuth2('client-id', 'client-secret', redirect_uri='https://app.example.org/callback',"
        " scopes=['openid', 'offline_access', 'contact_show'])\n"
        "print(oauth.authorization_url().url)",
    )
    assert shown.startswith("https://auth.bexio.com/realms/bexio/protocol/openid-connect/auth?")
    assert "code_challenge_method=S256" in shown and "client_id=client-id" in shown
