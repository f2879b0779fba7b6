"""Pacing: one client spends bexio's rate-limit budget for all its threads and tasks.

bexio counts requests per token in a window (1,000 a minute) and says what is left in
`RateLimit-Remaining` and when the window resets in `RateLimit-Reset` (seconds). The
`Pacer` keeps that count for the client: every request takes one before it is sent, and
when none is left it waits for the reset instead of collecting 429s. A plain token bucket
(aiolimiter and the like) would pace by a guessed rate; this one follows what bexio says,
which also covers requests that other programs make with the same token.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import httpx

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")  # ASCII digits only: "²".isdigit() is True


def seconds(value: str | None) -> float | None:
    """A header's plain number of seconds, or None for anything else (never raises).

    `Retry-After` may also be an HTTP date; that is read as the seconds until it.
    """
    if value is None:
        return None
    value = value.strip()
    if _NUMBER.fullmatch(value):
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None or moment.tzinfo is None:
        return None
    return max(moment.timestamp() - time.time(), 0.0)


class Pacer:
    """bexio's rate-limit window as one client sees it; safe across threads and tasks."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()  # held for a few lines only, never across a wait
        self._remaining: int | None = None  # None: unknown, bexio has not said in this window
        self._reset_at = 0.0
        self._in_flight = 0

    def acquire(self, waited: bool = False) -> float:
        """Take a request from the window: 0 to send now, else the seconds until it resets.

        The caller waits that long and then sends; every acquire is matched by `update`.
        `waited`: the caller has just waited what a 429 said, so the window is new.
        """
        with self._lock:
            now = self._clock()
            self._in_flight += 1
            if waited or now >= self._reset_at:
                self._remaining = None
            if self._remaining is None:
                return 0.0
            if self._remaining > 0:
                self._remaining -= 1
                return 0.0
            return self._reset_at - now

    def update(self, response: httpx.Response | None, wait: float | None = None) -> None:
        """Read what bexio says is left (None: the request failed without an answer).

        `wait` is the retry wait of a 429: nothing is left until then.
        """
        with self._lock:
            self._in_flight -= 1
            if response is None:
                return
            if response.status_code == 429:
                remaining, reset = 0.0, wait
            else:
                remaining = seconds(response.headers.get("RateLimit-Remaining"))
                reset = seconds(response.headers.get("RateLimit-Reset"))
            if remaining is None or reset is None:
                return
            # Requests still in flight were sent after this answer was counted, or are about to be.
            estimate = max(int(remaining) - self._in_flight, 0)
            now = self._clock()
            if now >= self._reset_at or self._remaining is None:
                self._remaining = estimate
            else:
                self._remaining = min(self._remaining, estimate)
            # Within a window bexio's reset only moves closer; the latest, largest one is safe.
            # A 429 says exactly when the window ends.
            self._reset_at = now + reset if response.status_code == 429 else max(self._reset_at, now + reset)
