# Copied by `make generate` from overrides/python/pagination.py: edit that file, not this copy.
"""Iterate every item of a list or search, whatever bexio's page style.

* 2.0: `limit` / `offset`, no headers: a page shorter than `limit` is the last.
* 3.0: `limit` / `offset` and `X-Total-Count`: stop when the total is reached.
* 4.0: `page` / `limit` and a `{data, paging}` envelope: stop after `paging.page_count`.

The page walk is written once, free of I/O; `Bexio.paginate` and `AsyncBexio.paginate` drive it.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

from ._resource import BoundOperation

DEFAULT_LIMIT = 500  # bexio's default page size; the largest it allows is 2000


class PageWalk:
    """Which call to make next, and what items a response holds."""

    def __init__(self, operation: BoundOperation, kwargs: dict[str, Any]) -> None:
        parameters = inspect.signature(operation.module.sync_detailed).parameters
        if "page" in parameters:
            self.style = "page"
        elif "offset" in parameters:
            self.style = "offset"
        else:
            raise TypeError(f"{operation!r} is not a paged list or search")
        self.kwargs = dict(kwargs)
        self.limit = self.kwargs.pop("limit", DEFAULT_LIMIT)
        self.position = self.kwargs.pop("page" if self.style == "page" else "offset", 1 if self.style == "page" else 0)
        self.done = False

    def next_call(self) -> dict[str, Any] | None:
        if self.done:
            return None
        key = "page" if self.style == "page" else "offset"
        return {**self.kwargs, "limit": self.limit, key: self.position}

    def take(self, response: Any) -> list[Any]:
        parsed = response.parsed
        if self.style == "page":
            items = list(parsed.data)
            self.done = not items or self.position >= parsed.paging.page_count
            self.position += 1
            return items
        items = list(parsed)
        self.position += len(items)
        total = response.headers.get("X-Total-Count")
        self.done = not items or (self.position >= int(total) if total is not None else len(items) < self.limit)
        return items


def iterate(operation: BoundOperation, args: tuple, kwargs: dict[str, Any]) -> Iterator[Any]:
    walk = PageWalk(operation, kwargs)
    while (call := walk.next_call()) is not None:
        yield from walk.take(operation.detailed(*args, **call))


async def aiterate(operation: BoundOperation, args: tuple, kwargs: dict[str, Any]):
    walk = PageWalk(operation, kwargs)
    while (call := walk.next_call()) is not None:
        for item in walk.take(await operation.detailed(*args, **call)):
            yield item
