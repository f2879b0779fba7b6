"""One call through `Bexio` or `AsyncBexio` against the fault server, its waits recorded."""

import asyncio
from collections.abc import Callable
from typing import Any

from bexio_client import AsyncBexio, Bexio


def through(kind: str, server, waits, act: Callable[[Any], Any], **options) -> Any:
    """`act(bexio)` with a `kind` ("sync" or "async") client on `server`; async `act`s are awaited."""
    if kind == "sync":
        with Bexio("t", base_url=server.url, sleep=waits, **options) as bexio:
            return act(bexio)

    async def run() -> Any:
        async with AsyncBexio("t", base_url=server.url, sleep=waits.asleep, **options) as bexio:
            return await act(bexio)

    return asyncio.run(run())
