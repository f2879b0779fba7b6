"""Permissions: the operations of this section of bexio's reference, as methods of `bexio.permissions`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.permissions import Permissions
from ...types import UNSET, File, Response, Unset
from . import (
    get_permissions,
)


class PermissionsResource(SyncResource):
    """Permissions: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> PermissionsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return PermissionsDetailed(self._runner)

    def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Permissions:
        """Get access information of logged in user

        Get components and user permissions of logged in user

        GET /3.0/permissions (getPermissions)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Permissions

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
            get_permissions.OPERATION,
            get_permissions._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class PermissionsDetailed(SyncResource):
    """Permissions operations answering the whole `Response`: `bexio.permissions.detailed.<method>(...)`."""

    def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Permissions]:
        """Get access information of logged in user: the whole response (status, headers, parsed body)."""
        return self._send(
            get_permissions.OPERATION,
            get_permissions._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncPermissionsResource(AsyncResource):
    """Permissions, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncPermissionsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncPermissionsDetailed(self._runner)

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Permissions:
        """Get access information of logged in user

        Get components and user permissions of logged in user

        GET /3.0/permissions (getPermissions)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Permissions

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
                get_permissions.OPERATION,
                get_permissions._get_kwargs(),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncPermissionsDetailed(AsyncResource):
    """Permissions operations for asyncio, answering the whole `Response`."""

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Permissions]:
        """Get access information of logged in user: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_permissions.OPERATION,
            get_permissions._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
