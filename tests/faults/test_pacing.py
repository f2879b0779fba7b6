"""Pacing: 20 concurrent tasks (or threads) of one client against a window of 50 requests a second.

The server enforces the window in real time; the client must spend it without collecting
429s: every request completes and at most 2 % are answered 429.
"""

import asyncio
import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from bexio_client import AsyncBexio, Bexio
from tests.faults.server import Call, Reply

REQUESTS, WORKERS = 250, 20


class Window:
    """bexio's rate limit, in fixed windows of `length` seconds: `limit` requests each."""

    def __init__(self, limit: int = 50, length: float = 1.0) -> None:
        self.limit, self.length = limit, length
        self.start, self.used, self.refused = time.monotonic(), {}, 0
        self.lock = threading.Lock()

    def __call__(self, call: Call) -> Reply:
        with self.lock:
            now = time.monotonic() - self.start
            window = int(now // self.length)
            self.used[window] = used = self.used.get(window, 0) + 1
            self.refused += used > self.limit
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(max(self.limit - used, 0)),
            "RateLimit-Reset": str(math.ceil((window + 1) * self.length - now)),  # whole seconds, as bexio
        }
        if used > self.limit:
            return Reply(429, {"error_code": 429, "message": "Too many requests"}, headers)
        return Reply(200, [], headers)


def test_twenty_tasks_spend_the_window_without_429s(server):
    server.script = window = Window()

    async def sync_all() -> int:
        jobs = iter(range(REQUESTS))
        done = 0

        async def worker() -> None:
            nonlocal done
            for _ in jobs:
                assert await bexio.contacts.list() == []
                done += 1

        async with AsyncBexio("t", base_url=server.url) as bexio:
            await asyncio.gather(*(worker() for _ in range(WORKERS)))
        return done

    started = time.monotonic()
    assert asyncio.run(sync_all()) == REQUESTS
    assert window.refused <= REQUESTS * 0.02, f"{window.refused} answered 429"
    assert time.monotonic() - started < 15


def test_twenty_threads_share_the_window_too(server):
    server.script = window = Window()
    with Bexio("t", base_url=server.url) as bexio, ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(lambda _: bexio.contacts.list(), range(REQUESTS // 2)))
    assert results == [[]] * (REQUESTS // 2)
    assert window.refused <= REQUESTS // 2 * 0.02, f"{window.refused} answered 429"
