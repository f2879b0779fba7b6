"""Iterate every item of a list or search, whatever bexio's page style, and resume after a failure.

* 2.0: `limit` / `offset`, no headers: a page shorter than `limit` is the last.
* 3.0: `limit` / `offset` and `X-Total-Count`: stop when the total is reached (a header that is
  not a number is ignored: the short page ends it).
* 4.0: `page` / `limit` and a `{data, paging}` envelope: stop after `paging.page_count`.

`bexio.paginate(bexio.contacts.list, order_by="id")` returns `Pages`, an iterator that keeps its
place: when fetching a page fails (after the retries), iterating the same object again fetches
that page again and goes on; `pages.cursor` holds the keyword arguments that start a new
`paginate` at the first item not yet yielded (`bexio.paginate(op, **pages.cursor)`).
The page walk is written once, free of I/O; `Pages` and `AsyncPages` drive it.
"""

from __future__ import annotations

import inspect
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar, overload

from .errors import ResponseValidationError

DEFAULT_LIMIT = 500  # bexio's default page size; the largest it allows is 2000

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")


class Envelope(Protocol[T_co]):
    """A 4.0 page: its items in `data` (and `paging`)."""

    @property
    def data(self) -> Sequence[T_co]: ...


class PageWalk:
    """Which call to make next, and what items an answer holds."""

    def __init__(self, operation: Callable[..., Any], kwargs: dict[str, Any]) -> None:
        parameters = inspect.signature(operation).parameters
        if "page" in parameters:
            self.key = "page"
        elif "offset" in parameters:
            self.key = "offset"
        else:
            raise TypeError(f"{getattr(operation, '__qualname__', operation)} is not a paged list or search")
        self.kwargs = dict(kwargs)
        self.limit = self.kwargs.pop("limit", DEFAULT_LIMIT)
        self.position = self.kwargs.pop(self.key, 1 if self.key == "page" else 0)
        self.done = False

    def next_call(self) -> dict[str, Any] | None:
        if self.done:
            return None
        return {**self.kwargs, "limit": self.limit, self.key: self.position}

    def take(self, response: Any) -> list[Any]:
        """The items of the page just fetched; the walk moves on only once they are read."""
        parsed = response.parsed
        items = parsed.data if self.key == "page" else parsed
        if not isinstance(items, list):  # what a lenient model kept of a page that is not one
            raise ResponseValidationError("bexio answered a page without its list of items", response=response)
        if self.key == "page":
            # A page without a usable `paging` (lenient models keep what came) ends at a short page.
            page_count = getattr(getattr(parsed, "paging", None), "page_count", None)
            last = self.position >= page_count if type(page_count) is int else len(items) < self.limit
            self.position, self.done = self.position + 1, not items or last
            return items
        items = list(items)
        position = self.position + len(items)
        total = _number(response.headers.get("X-Total-Count"))
        self.position = position
        self.done = not items or (position >= total if total is not None else len(items) < self.limit)
        return items

    def cursor(self, unread: int) -> dict[str, Any]:
        """Where to start again so that no item is skipped (`unread` items are still buffered)."""
        if self.key == "page":
            return {"page": self.position - 1 if unread else self.position, "limit": self.limit}
        return {"offset": self.position - unread, "limit": self.limit}


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdecimal() else None


def _detailed(operation: Callable[..., Any]) -> Callable[..., Any]:
    """The same method on its resource's `.detailed`: it answers the whole response (headers)."""
    resource, name = getattr(operation, "__self__", None), getattr(operation, "__name__", "")
    if resource is None or not hasattr(resource, "detailed"):
        raise TypeError(f"paginate takes a method of a resource, e.g. bexio.contacts.list, not {operation!r}")
    return getattr(resource.detailed, name)


class Pages(Iterator[T]):
    """Every item of a paged operation; iterate again after an error to resume."""

    def __init__(self, operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._walk, self._fetch, self._args = PageWalk(operation, kwargs), _detailed(operation), args
        self._buffer: deque[T] = deque()

    @property
    def cursor(self) -> dict[str, Any]:
        return self._walk.cursor(len(self._buffer))

    def __iter__(self) -> Pages[T]:
        return self

    def __next__(self) -> T:
        while not self._buffer:
            call = self._walk.next_call()
            if call is None:
                raise StopIteration
            self._buffer.extend(self._walk.take(self._fetch(*self._args, **call)))
        return self._buffer.popleft()


class AsyncPages(AsyncIterator[T]):
    """Every item of a paged operation, for `async for`; iterate again after an error to resume."""

    def __init__(self, operation: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._walk, self._fetch, self._args = PageWalk(operation, kwargs), _detailed(operation), args
        self._buffer: deque[T] = deque()

    @property
    def cursor(self) -> dict[str, Any]:
        return self._walk.cursor(len(self._buffer))

    def __aiter__(self) -> AsyncPages[T]:
        return self

    async def __anext__(self) -> T:
        while not self._buffer:
            call = self._walk.next_call()
            if call is None:
                raise StopAsyncIteration
            self._buffer.extend(self._walk.take(await self._fetch(*self._args, **call)))
        return self._buffer.popleft()


@overload
def paginate_sync(self: Any, operation: Callable[P, list[T]], *args: P.args, **kwargs: P.kwargs) -> Pages[T]: ...
@overload
def paginate_sync(self: Any, operation: Callable[P, Envelope[T]], *args: P.args, **kwargs: P.kwargs) -> Pages[T]: ...
def paginate_sync(self: Any, operation: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> Pages[Any]:
    """Every item of a list or search, page after page: `for c in bexio.paginate(bexio.contacts.list): …`."""
    return Pages(operation, args, kwargs)


@overload
def paginate_async(
    self: Any, operation: Callable[P, Awaitable[list[T]]], *args: P.args, **kwargs: P.kwargs
) -> AsyncPages[T]: ...
@overload
def paginate_async(
    self: Any, operation: Callable[P, Awaitable[Envelope[T]]], *args: P.args, **kwargs: P.kwargs
) -> AsyncPages[T]: ...
def paginate_async(self: Any, operation: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> AsyncPages[Any]:
    """Every item of a list or search: `async for contact in bexio.paginate(bexio.contacts.list): …`."""
    return AsyncPages(operation, args, kwargs)


__all__ = ["AsyncPages", "Envelope", "Pages", "PageWalk", "paginate_async", "paginate_sync"]
