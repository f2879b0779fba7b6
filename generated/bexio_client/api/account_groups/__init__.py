"""AccountGroups: the operations of this section of bexio's reference, as methods of `bexio.account_groups`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.account_group import AccountGroup
from ...types import UNSET, File, Response, Unset
from . import (
    list_account_groups,
)


class AccountGroupsResource(SyncResource):
    """AccountGroups: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> AccountGroupsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AccountGroupsDetailed(self._runner)

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AccountGroup]:
        """Fetch a list of account groups

        This action fetches a list of all account groups

        GET /2.0/account_groups (listAccountGroups)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[AccountGroup]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            list_account_groups.OPERATION,
            list_account_groups._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class AccountGroupsDetailed(SyncResource):
    """AccountGroups operations answering the whole `Response`: `bexio.account_groups.detailed.<method>(...)`."""

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[AccountGroup]]:
        """Fetch a list of account groups: the whole response (status, headers, parsed body)."""
        return self._send(
            list_account_groups.OPERATION,
            list_account_groups._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncAccountGroupsResource(AsyncResource):
    """AccountGroups, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncAccountGroupsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncAccountGroupsDetailed(self._runner)

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AccountGroup]:
        """Fetch a list of account groups

        This action fetches a list of all account groups

        GET /2.0/account_groups (listAccountGroups)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[AccountGroup]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                list_account_groups.OPERATION,
                list_account_groups._get_kwargs(
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncAccountGroupsDetailed(AsyncResource):
    """AccountGroups operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[AccountGroup]]:
        """Fetch a list of account groups: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_account_groups.OPERATION,
            list_account_groups._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
