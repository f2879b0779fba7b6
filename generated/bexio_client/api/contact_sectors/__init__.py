"""ContactSectors: the operations of this section of bexio's reference, as methods of `bexio.contact_sectors`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.contact_sector import ContactSector
from ...models.contact_sector_search_criterion import ContactSectorSearchCriterion
from ...types import UNSET, File, Response, Unset
from . import (
    list_contact_sectors,
    search_contact_sectors,
)


class ContactSectorsResource(SyncResource):
    """ContactSectors: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> ContactSectorsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return ContactSectorsDetailed(self._runner)

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ContactSector]:
        """Fetch a list of contact sectors

        This action fetches a list of all contact sectors

        GET /2.0/contact_branch (listContactSectors)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ContactSector]

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
            list_contact_sectors.OPERATION,
            list_contact_sectors._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def search(
        self,
        *,
        body: Sequence[ContactSectorSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ContactSector]:
        """Search contact sectors

        Search contact sectors via query. Please refer to the Search section for detailed
        instructions. The following search fields are supported:

        * name

        POST /2.0/contact_branch/search (searchContactSectors)

        Args:
            body: the request body: list[ContactSectorSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ContactSector]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            search_contact_sectors.OPERATION,
            search_contact_sectors._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class ContactSectorsDetailed(SyncResource):
    """ContactSectors operations answering the whole `Response`: `bexio.contact_sectors.detailed.<method>(...)`."""

    def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ContactSector]]:
        """Fetch a list of contact sectors: the whole response (status, headers, parsed body)."""
        return self._send(
            list_contact_sectors.OPERATION,
            list_contact_sectors._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def search(
        self,
        *,
        body: Sequence[ContactSectorSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ContactSector]]:
        """Search contact sectors: the whole response (status, headers, parsed body)."""
        return self._send(
            search_contact_sectors.OPERATION,
            search_contact_sectors._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncContactSectorsResource(AsyncResource):
    """ContactSectors, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncContactSectorsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncContactSectorsDetailed(self._runner)

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ContactSector]:
        """Fetch a list of contact sectors

        This action fetches a list of all contact sectors

        GET /2.0/contact_branch (listContactSectors)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ContactSector]

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
                list_contact_sectors.OPERATION,
                list_contact_sectors._get_kwargs(
                    order_by=order_by,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def search(
        self,
        *,
        body: Sequence[ContactSectorSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[ContactSector]:
        """Search contact sectors

        Search contact sectors via query. Please refer to the Search section for detailed
        instructions. The following search fields are supported:

        * name

        POST /2.0/contact_branch/search (searchContactSectors)

        Args:
            body: the request body: list[ContactSectorSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[ContactSector]

        Raises:
            BadRequestError: 400 The request parameters are invalid
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                search_contact_sectors.OPERATION,
                search_contact_sectors._get_kwargs(
                    body=body,
                    order_by=order_by,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncContactSectorsDetailed(AsyncResource):
    """ContactSectors operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ContactSector]]:
        """Fetch a list of contact sectors: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_contact_sectors.OPERATION,
            list_contact_sectors._get_kwargs(
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def search(
        self,
        *,
        body: Sequence[ContactSectorSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[ContactSector]]:
        """Search contact sectors: the whole response (status, headers, parsed body)."""
        return await self._send(
            search_contact_sectors.OPERATION,
            search_contact_sectors._get_kwargs(
                body=body,
                order_by=order_by,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
