import pytest

from tests.faults.server import FaultServer


@pytest.fixture
def server():
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def contact(session_mock) -> dict:
    """A contact as bexio sends it (the spec's example)."""
    return session_mock.example_reply("getContact").body
