"""Shared fixtures: one mock per test session, reset before every test that uses it.

`make test` runs the tests in parallel (pytest-xdist, one worker process per core): each worker
imports the modules and builds its own session fixtures and module-level mocks, so nothing is
shared between workers. A new test needs nothing special as long as it keeps to its own
process: write files under `tmp_path`, bind servers to port 0 (the OS picks a free one).
"""

import pytest
from starlette.testclient import TestClient

from bexio_client import AuthenticatedClient
from tests.mock import BexioMock

TOKEN = "test-token"


@pytest.fixture(scope="session")
def session_mock() -> BexioMock:
    return BexioMock(token=TOKEN)


@pytest.fixture
def mock(session_mock: BexioMock) -> BexioMock:
    session_mock.reset()
    return session_mock


@pytest.fixture
def client(mock: BexioMock) -> AuthenticatedClient:
    """The generated client, talking to the in-process mock."""
    client = AuthenticatedClient(base_url="http://testserver", token=TOKEN, raise_on_unexpected_status=True)
    transport = TestClient(mock.app, base_url="http://testserver", headers={"Authorization": f"Bearer {TOKEN}"})
    client.set_httpx_client(transport)
    return client
