import httpx
import pytest

from bexio_client import AsyncBexio, Bexio, RetryPolicy
from tests.asgi import SyncASGITransport
from tests.conftest import TOKEN


class Waits(list):
    """Records the retry waits instead of sleeping them."""

    def __call__(self, seconds: float) -> None:
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
        return Bexio(base_url="http://mock", transport=transport, retry=retry or RetryPolicy(), sleep=waits, **options)

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
        return AsyncBexio(
            base_url="http://mock", transport=httpx.ASGITransport(app=mock.app), sleep=no_sleep, **options
        )

    return make
