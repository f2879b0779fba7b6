"""Shared fixtures: one mock per test session, reset before every test that uses it, and the
public client (`Bexio`, `AsyncBexio`) talking to it in process.

`make test` runs the tests in parallel (pytest-xdist, one worker process per core): each worker
imports the modules and builds its own session fixtures and module-level mocks, so nothing is
shared between workers. A new test needs nothing special as long as it keeps to its own
process: write files under `tmp_path`, bind servers to port 0 (the OS picks a free one).
"""

import httpx
import pytest

from bexio_client import AsyncBexio, Bexio, RetryPolicy
from tests.asgi import SyncASGITransport
from tests.mock import BexioMock

TOKEN = "test-token"
BASE_URL = "http://mock"


@pytest.fixture(scope="session")
def session_mock() -> BexioMock:
    return BexioMock(token=TOKEN)


@pytest.fixture
def mock(session_mock: BexioMock) -> BexioMock:
    session_mock.reset()
    return session_mock


class Waits(list):
    """Records the retry and pacing waits instead of sleeping them (`sleep=` of the clients)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def make_bexio(mock, waits):
    """A Bexio on the mock whose retry waits are recorded, not slept."""

    def make(retry: RetryPolicy | None = None, **options) -> Bexio:
        options.setdefault("access_token", TOKEN if "oauth" not in options else None)
        transport = SyncASGITransport(mock.app)
        return Bexio(base_url=BASE_URL, transport=transport, retry=retry or RetryPolicy(), sleep=waits, **options)

    return make


@pytest.fixture
def bexio(make_bexio) -> Bexio:
    with make_bexio() as client:
        yield client


@pytest.fixture
def make_async(mock):
    """An AsyncBexio on the mock (created inside the test's event loop)."""

    async def no_sleep(seconds: float) -> None:
        return None

    def make(**options) -> AsyncBexio:
        options.setdefault("access_token", TOKEN if "oauth" not in options else None)
        return AsyncBexio(base_url=BASE_URL, transport=httpx.ASGITransport(app=mock.app), sleep=no_sleep, **options)

    return make
