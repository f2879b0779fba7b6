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


def number(value: str | None) -> float | None:
    """A header's plain number, or None for anything else (never raises)."""
    value = (value or "").strip()
    return float(value) if _NUMBER.fullmatch(value) else None


def seconds(value: str | None) -> float | None:
    """A header's seconds: a plain number, or an HTTP date (`Retry-After`) read as the seconds until it."""
    plain = number(value)
    if value is None or plain is not None:
        return plain
    try:
        moment = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None or moment.tzinfo is None:
        return None
    return max(moment.timestamp() - time.time(), 0.0)


class Pacer:
    """bexio's rate-limit window as one client sees it; safe across threads and tasks.

    Each window the client sees is an epoch: an answer to a request sent in an earlier epoch
    says nothing about this window (it may be read late, after the reset, by a thread that was
    not scheduled), so its count is not used. Within a window bexio's count only goes down, so
    answers read out of order can only lower what is left, never raise it.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()  # held for a few lines only, never across a wait
        self._remaining: int | None = None  # None: unknown, bexio has not said in this window
        self._reset_at = 0.0
        self._epoch = 0  # the windows seen so far
        self._in_flight = 0  # sent, not yet answered

    def delay(self, waited_until: float | None = None) -> tuple[float, float, int]:
        """(0, _, epoch): a request is taken from the window, send now, and pass `epoch` to
        `update`. Else (seconds, until, _): wait that long for the reset, then ask again with
        `waited_until=until`. Every request sent is matched by an `update`."""
        with self._lock:
            now = self._clock() if waited_until is None else max(self._clock(), waited_until)
            self._roll_over(now)
            if self._remaining is not None and self._remaining <= 0:
                return self._reset_at - now, self._reset_at, self._epoch
            if self._remaining is not None:
                self._remaining -= 1
            self._in_flight += 1
            return 0.0, now, self._epoch

    @property
    def reset_at(self) -> float:
        return self._reset_at

    def update(self, response: httpx.Response | None, wait: float | None = None, epoch: int | None = None) -> None:
        """Read what bexio says is left (None: the request failed without an answer).

        `wait` is the retry wait of a 429: nothing is left until then. `epoch`: what `delay`
        gave the request.
        """
        with self._lock:
            self._in_flight -= 1
            if response is None:
                return
            limited = response.status_code == 429
            if limited:
                said, reset = 0.0, wait
            else:
                said = number(response.headers.get("RateLimit-Remaining"))
                reset = seconds(response.headers.get("RateLimit-Reset"))
            if said is None or reset is None:
                return
            now = self._clock()
            self._roll_over(now)
            if epoch != self._epoch and not limited:
                return  # sent in an earlier window
            # What is left once the requests still in flight are counted too.
            estimate = max(int(said) - self._in_flight, 0)
            if self._remaining is None or limited:
                self._remaining, self._reset_at = estimate, now + reset
            else:
                # bexio rounds its reset up to whole seconds, so the earliest reset said is the
                # closest; a later one comes from bexio's next window, which began before ours.
                self._remaining = min(self._remaining, estimate)
                self._reset_at = min(self._reset_at, now + reset)

    def _roll_over(self, now: float) -> None:
        """Past the reset, a new window: what is left is unknown until bexio says."""
        if now >= self._reset_at and self._remaining is not None:
            self._remaining = None
            self._epoch += 1
