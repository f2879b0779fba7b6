"""The retry policy, as httpx transports (sync and async) wrapped around the real one.

Written here rather than taken from httpx-retries: bexio needs a decision per status *and*
method (a 429 is safe to repeat for any request, since bexio refused it; a 5xx or a broken
connection only for GET, HEAD, PUT and DELETE, since a POST may already have been applied),
and its rate limit says when to come back in `RateLimit-Reset`, which httpx-retries does not
read. Every wait is logged at debug level.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

logger = logging.getLogger("bexio_client")


async def async_sleep(seconds: float) -> None:
    """`asyncio.sleep`, with asyncio imported on first use: a sync user never pays its import."""
    import asyncio

    await asyncio.sleep(seconds)

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)  # the request did not reach bexio


@dataclass(frozen=True)
class RetryPolicy:
    """`max_attempts` counts the first try; no single wait exceeds `max_wait` seconds."""

    max_attempts: int = 4
    max_wait: float = 60.0
    backoff: float = 0.5

    def next_wait(self, request: httpx.Request, outcome: httpx.Response | Exception, attempt: int) -> float | None:
        """Seconds to wait before trying `request` again after `outcome`, or None to stop.

        A 429 is retried for any method (bexio refused the request); a 5xx or a transport
        error only for idempotent methods, or when the connection was never made.
        """
        if attempt >= self.max_attempts:
            return None
        if isinstance(outcome, httpx.Response):
            if outcome.status_code == 429 or (outcome.status_code in RETRY_STATUSES and request.method in IDEMPOTENT):
                wait = self._server_delay(outcome) or self._backoff(attempt)
            else:
                return None
        elif isinstance(outcome, NEVER_SENT) or (
            isinstance(outcome, httpx.TransportError) and request.method in IDEMPOTENT
        ):
            wait = self._backoff(attempt)
        else:
            return None
        reason = f"status {outcome.status_code}" if isinstance(outcome, httpx.Response) else type(outcome).__name__
        logger.debug(
            "bexio %s %s: %s, retrying in %.2fs (attempt %d of %d)",
            request.method,
            request.url.path,
            reason,
            wait,
            attempt + 1,
            self.max_attempts,
        )
        return wait

    def _server_delay(self, response: httpx.Response) -> float | None:
        for header in ("RateLimit-Reset", "Retry-After"):
            value = response.headers.get(header, "").strip()
            if value.replace(".", "", 1).isdigit():
                return min(float(value), self.max_wait)
        return None

    def _backoff(self, attempt: int) -> float:
        """Exponential with full jitter: 0.5 s, 1 s, 2 s … scaled by a random factor."""
        return min(self.backoff * 2 ** (attempt - 1), self.max_wait) * random.uniform(0.5, 1.0)


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self, transport: httpx.BaseTransport, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.transport, self.policy, self.sleep = transport, policy, sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                outcome: httpx.Response | Exception = self.transport.handle_request(request)
            except httpx.TransportError as error:
                outcome = error
            wait = self.policy.next_wait(request, outcome, attempt)
            if wait is None:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            if isinstance(outcome, httpx.Response):
                outcome.close()
            self.sleep(wait)
            attempt += 1

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
    ) -> None:
        self.transport, self.policy, self.sleep = transport, policy, sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                outcome: httpx.Response | Exception = await self.transport.handle_async_request(request)
            except httpx.TransportError as error:
                outcome = error
            wait = self.policy.next_wait(request, outcome, attempt)
            if wait is None:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            await self.sleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        await self.transport.aclose()
