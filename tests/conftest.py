"""Shared fixtures: one mock per test session, reset before every test that uses it."""

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
