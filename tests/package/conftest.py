"""The wheel, built once per session, in clean venvs; the mock served on a real socket."""

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.package.wheel import build_wheel, clean_venv
from tests.paths import ROOT


@pytest.fixture(scope="session")
def wheel(tmp_path_factory):
    return build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def venv_python(wheel, tmp_path_factory):
    """The wheel alone: its declared dependencies, no extra."""
    return clean_venv(tmp_path_factory.mktemp("venv"), str(wheel))


@pytest.fixture(scope="session")
def oauth_venv_python(wheel, tmp_path_factory):
    """The wheel with the `oauth` extra."""
    return clean_venv(tmp_path_factory.mktemp("venv-oauth"), f"{wheel}[oauth]")


@pytest.fixture(scope="session")
def mock_url():
    """`python -m tests.mock` (as `make mock` runs it) on a free port of 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT)])}
    command = [sys.executable, "-m", "tests.mock", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _wait_for(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the mock exited: {server.stderr.read().decode()}")
        try:
            httpx.get(f"{url}/openapi.json", timeout=1).raise_for_status()
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"the mock did not answer on {url} within {seconds} s")
