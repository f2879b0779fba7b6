# Copied by `make generate` from overrides/python/_resource.py: edit that file, not this copy.
"""Resource-style access: `bexio.contacts.list(...)` calls the generated `list_contacts` module.

The resource classes themselves are generated (template `endpoint_init.py.jinja`, one per doc
section); this module holds what they share: the method descriptor and the runners that
call a generated function and turn an error answer into a typed exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import httpx

from .client import AuthenticatedClient
from .errors import APIConnectionError, error_for
from .types import Response


class Operation:
    """A generated operation module, exposed as a method of its section's resource."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.__doc__ = module.sync_detailed.__doc__

    def __get__(self, resource: Resource | None, owner: type | None = None) -> Any:
        return self if resource is None else BoundOperation(self.module, resource._runner)


class BoundOperation:
    """`bexio.contacts.list`: call it for the parsed result; `.detailed()` for the response."""

    def __init__(self, module: ModuleType, runner: SyncRunner | AsyncRunner) -> None:
        self.module, self.runner = module, runner
        self.__doc__ = module.sync_detailed.__doc__

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.runner.parsed(self.module, args, kwargs)

    def detailed(self, *args: Any, **kwargs: Any) -> Any:
        return self.runner.detailed(self.module, args, kwargs)

    def __repr__(self) -> str:
        return f"<bexio operation {self.module.__name__.rsplit('.', 1)[-1]}>"


class Resource:
    """The base of the generated section resources."""

    def __init__(self, runner: SyncRunner | AsyncRunner) -> None:
        self._runner = runner


@contextmanager
def connection_errors() -> Iterator[None]:
    """A failure to reach bexio (after the retries) is an APIConnectionError too."""
    try:
        yield
    except httpx.TransportError as error:
        raise APIConnectionError(f"could not reach bexio: {type(error).__name__}: {error}") from error


def raise_for_status(response: Response[Any]) -> Response[Any]:
    if response.status_code >= 400:
        raise error_for(_as_httpx(response))
    return response


def _as_httpx(response: Response[Any]) -> httpx.Response:
    """The generated `Response` keeps status, headers and content; errors want an httpx.Response."""
    return httpx.Response(int(response.status_code), headers=response.headers, content=response.content)


class SyncRunner:
    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    def detailed(self, module: ModuleType, args: tuple, kwargs: dict[str, Any]) -> Response[Any]:
        with connection_errors():
            return raise_for_status(module.sync_detailed(*args, client=self.client, **kwargs))

    def parsed(self, module: ModuleType, args: tuple, kwargs: dict[str, Any]) -> Any:
        return self.detailed(module, args, kwargs).parsed


class AsyncRunner:
    def __init__(self, client: AuthenticatedClient) -> None:
        self.client = client

    async def detailed(self, module: ModuleType, args: tuple, kwargs: dict[str, Any]) -> Response[Any]:
        with connection_errors():
            return raise_for_status(await module.asyncio_detailed(*args, client=self.client, **kwargs))

    async def parsed(self, module: ModuleType, args: tuple, kwargs: dict[str, Any]) -> Any:
        return (await self.detailed(module, args, kwargs)).parsed
