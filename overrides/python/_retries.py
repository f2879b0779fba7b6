"""Retries within a time budget, as httpx transports (sync and async) around the real one.

Written here rather than taken from httpx-retries: bexio needs a decision per status *and*
method (a 429 is safe to repeat for any request, since bexio refused it; a 5xx or a broken
connection only for GET, HEAD, PUT, DELETE and OPTIONS, since a POST may already have been
applied), its rate limit says when to come back (`RateLimit-Reset`), and the client paces
itself by `RateLimit-Remaining` (`_pacing.Pacer`).

A request is bounded by time, not by a small count: attempts and waits together may take
`RetryPolicy.deadline` seconds. For an idempotent method the whole answer, body included,
is read inside the loop, so a connection that breaks mid-body is tried again too. Every wait
is logged at debug level.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from ._pacing import Pacer, seconds
from .errors import RateLimitError, error_for

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
    """How long one request may take, attempts and waits together, and how to back off.

    `deadline`: seconds for the whole request (None: no limit). A wait that would pass it is
    not taken: a 429 then raises `RateLimitError` at once, with `retry_after` seconds.
    `backoff` / `max_backoff`: exponential backoff with jitter for 5xx and broken connections.
    `max_attempts`: an optional cap on the count, the first try included.
    """

    deadline: float | None = 300.0
    backoff: float = 0.5
    max_backoff: float = 30.0
    max_attempts: int | None = None

    def next_wait(
        self, request: httpx.Request, outcome: httpx.Response | Exception, attempt: int, methods=IDEMPOTENT
    ) -> float | None:
        """Seconds to wait before trying `request` again after `outcome`, or None not to.

        A 429 waits what bexio says (`RateLimit-Reset`, else `Retry-After`; 0 is now), for any
        method; a 5xx or a transport error backs off, for `methods` only or when the connection
        was never made. This ignores the deadline and the count: the transport checks those.
        """
        if isinstance(outcome, httpx.Response):
            if outcome.status_code == 429:
                delay = rate_limit_delay(outcome)
                return self.backoff_for(attempt) if delay is None else delay
            if outcome.status_code in RETRY_STATUSES and request.method in methods:
                return self.backoff_for(attempt)
            return None
        if isinstance(outcome, NEVER_SENT) or (isinstance(outcome, httpx.TransportError) and request.method in methods):
            return self.backoff_for(attempt)
        return None

    def backoff_for(self, attempt: int) -> float:
        """Exponential with jitter: 0.5 s, 1 s, 2 s … up to `max_backoff`, times 0.5–1."""
        return min(self.backoff * 2 ** (attempt - 1), self.max_backoff) * random.uniform(0.5, 1.0)


def rate_limit_delay(response: httpx.Response) -> float | None:
    """What a 429 says to wait, or None when it says nothing readable."""
    for header in ("RateLimit-Reset", "Retry-After"):
        delay = seconds(response.headers.get(header))
        if delay is not None:
            return delay
    return None


class _Request:
    """One request's way through the policy: its attempts, the time spent, the waits."""

    def __init__(self, policy: RetryPolicy, pacer: Pacer, request: httpx.Request, methods: frozenset[str]) -> None:
        self.policy, self.pacer, self.request, self.methods = policy, pacer, request, methods
        self.reads_body = request.method in methods
        self.timeouts = dict(request.extensions.get("timeout") or {})
        self.attempt, self.spent, self.started = 0, 0.0, 0.0
        self.retry_after: float | None = None  # set when a 429 is given up
        self.until: float | None = None  # the window reset waited for, if any
        self.epoch: int | None = None  # the pacer's window this attempt was sent in

    def pause(self) -> float:
        """The wait for the rate-limit window before this attempt; 0: send now (asked again after a wait)."""
        wait, self.until, self.epoch = self.pacer.delay(self.until)
        if wait <= 0:
            self.until = None
            return 0.0
        if not self._affords(wait):
            raise RateLimitError(
                f"bexio's rate-limit window resets in {wait:.1f}s, past this request's deadline",
                status_code=429,
                retry_after=wait,
            )
        self._log("rate-limit budget used up", wait)
        self.spent += wait
        return wait

    def sending(self) -> None:
        self.attempt += 1
        self.started = time.monotonic()
        if self.policy.deadline is not None and self.timeouts:
            left = max(self.policy.deadline - self.spent, 0.001)
            self.request.extensions["timeout"] = {
                key: left if value is None else min(value, left) for key, value in self.timeouts.items()
            }

    def after(self, outcome: httpx.Response | Exception) -> float | None:
        """The wait before the next attempt, or None to hand `outcome` back."""
        self.spent += time.monotonic() - self.started
        wait = self.policy.next_wait(self.request, outcome, self.attempt, self.methods)
        response = outcome if isinstance(outcome, httpx.Response) else None
        self.pacer.update(response, wait, self.epoch)
        if wait is None:
            return None
        capped = self.policy.max_attempts is not None and self.attempt >= self.policy.max_attempts
        if capped or not self._affords(wait):
            if response is not None and response.status_code == 429:
                self.retry_after = wait
            return None
        reason = f"status {response.status_code}" if response is not None else type(outcome).__name__
        self._log(reason, wait)
        self.spent += wait
        if response is not None and response.status_code == 429:
            self.until = self.pacer.reset_at  # this wait is the window's: no second one
        return wait

    def rate_limit_error(self, response: httpx.Response) -> RateLimitError:
        error = error_for(response)
        assert isinstance(error, RateLimitError)
        error.retry_after = self.retry_after
        return error

    def _affords(self, wait: float) -> bool:
        return self.policy.deadline is None or self.spent + wait <= self.policy.deadline

    def _log(self, reason: str, wait: float) -> None:
        logger.debug(
            "bexio %s %s: %s, retrying in %.2fs (attempt %d, %.1fs spent)",
            self.request.method,
            self.request.url.path,
            reason,
            wait,
            self.attempt + 1,
            self.spent,
        )


def _buffered(response: httpx.Response, raw: bytes) -> httpx.Response:
    """The answer with its raw (still encoded) body read: the client decodes it as usual."""
    return httpx.Response(
        response.status_code, headers=response.headers, stream=httpx.ByteStream(raw), extensions=response.extensions
    )


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self,
        transport: httpx.BaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
        *,
        pacer: Pacer | None = None,
        methods: frozenset[str] = IDEMPOTENT,
    ) -> None:
        self.transport, self.policy, self.sleep = transport, policy, sleep
        self.pacer, self.methods = pacer or Pacer(), methods

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        state = _Request(self.policy, self.pacer, request, self.methods)
        while True:
            while wait := state.pause():
                self.sleep(wait)
            state.sending()
            try:
                response = self.transport.handle_request(request)
                if state.reads_body and not response.is_stream_consumed:  # else it is in memory already
                    try:
                        raw = b"".join(response.iter_raw())
                    finally:
                        response.close()
                    response = _buffered(response, raw)
                outcome: httpx.Response | Exception = response
            except httpx.TransportError as error:
                outcome = error
            except BaseException:  # cancelled, or a bug: the request is no longer in flight
                state.pacer.update(None)
                raise
            wait = state.after(outcome)
            if wait is None:
                if isinstance(outcome, Exception):
                    raise outcome
                if state.retry_after is not None:
                    outcome.read()
                    raise state.rate_limit_error(outcome)
                return outcome
            if isinstance(outcome, httpx.Response):
                outcome.close()
            self.sleep(wait)

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
        *,
        pacer: Pacer | None = None,
        methods: frozenset[str] = IDEMPOTENT,
    ) -> None:
        self.transport, self.policy, self.sleep = transport, policy, sleep
        self.pacer, self.methods = pacer or Pacer(), methods

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        state = _Request(self.policy, self.pacer, request, self.methods)
        while True:
            while wait := state.pause():
                await self.sleep(wait)
            state.sending()
            try:
                response = await self.transport.handle_async_request(request)
                if state.reads_body and not response.is_stream_consumed:  # else it is in memory already
                    try:
                        raw = b"".join([chunk async for chunk in response.aiter_raw()])
                    finally:
                        await response.aclose()
                    response = _buffered(response, raw)
                outcome: httpx.Response | Exception = response
            except httpx.TransportError as error:
                outcome = error
            except BaseException:  # cancelled, or a bug: the request is no longer in flight
                state.pacer.update(None)
                raise
            wait = state.after(outcome)
            if wait is None:
                if isinstance(outcome, Exception):
                    raise outcome
                if state.retry_after is not None:
                    await outcome.aread()
                    raise state.rate_limit_error(outcome)
                return outcome
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            await self.sleep(wait)

    async def aclose(self) -> None:
        await self.transport.aclose()
