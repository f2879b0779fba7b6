import pytest

from tests.faults.server import FaultServer


class Waits(list):
    """Records the retry and pacing waits instead of sleeping them (`sleep=` of the clients)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def server():
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture(scope="session")
def contact(session_mock) -> dict:
    """A contact as bexio sends it (the spec's example)."""
    return session_mock.example_reply("getContact").body
