"""Units: the operations of this section of bexio's reference, as methods of `bexio.units`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.success import Success
from ...models.unit import Unit
from ...models.unit_create import UnitCreate
from ...models.unit_search_criterion import UnitSearchCriterion
from ...types import UNSET, File, Response, Unset
from . import (
    create_unit,
    delete_unit,
    get_unit,
    list_units,
    search_units,
    update_unit,
)


class UnitsResource(SyncResource):
    """Units: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> UnitsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return UnitsDetailed(self._runner)

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Unit]:
        """Fetch a list of units

        This action fetches a list of all units

        GET /2.0/unit (listUnits)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Unit]

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
            list_units.OPERATION,
            list_units._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: UnitCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Unit:
        """Create unit

        This action creates a new unit

        POST /2.0/unit (createUnit)

        Args:
            body: the request body: UnitCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Unit

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
            create_unit.OPERATION,
            create_unit._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def search(
        self,
        *,
        body: Sequence[UnitSearchCriterion | Mapping[str, Any]],
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Unit]:
        """Search units

        Search units via query. Please refer to the Search section for detailed instructions.
        The following search fields are supported:

        * name

        POST /2.0/unit/search (searchUnits)

        Args:
            body: the request body: list[UnitSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Unit]

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
            search_units.OPERATION,
            search_units._get_kwargs(
                body=body,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Unit:
        """Fetch a unit

        This action fetches a single unit

        GET /2.0/unit/{unit_id} (getUnit)

        Args:
            unit_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Unit

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
            get_unit.OPERATION,
            get_unit._get_kwargs(
                unit_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        unit_id: int,
        *,
        body: UnitCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Unit:
        """Edit a unit

        This action edits a single unit

        POST /2.0/unit/{unit_id} (updateUnit)

        Args:
            unit_id (int):
            body: the request body: UnitCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Unit

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
            update_unit.OPERATION,
            update_unit._get_kwargs(
                unit_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a unit

        This action permanently deletes a unit. It cannot be undone.

        DELETE /2.0/unit/{unit_id} (deleteUnit)

        Args:
            unit_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
            delete_unit.OPERATION,
            delete_unit._get_kwargs(
                unit_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class UnitsDetailed(SyncResource):
    """Units operations answering the whole `Response`: `bexio.units.detailed.<method>(...)`."""

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Unit]]:
        """Fetch a list of units: the whole response (status, headers, parsed body)."""
        return self._send(
            list_units.OPERATION,
            list_units._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: UnitCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Unit]:
        """Create unit: the whole response (status, headers, parsed body)."""
        return self._send(
            create_unit.OPERATION,
            create_unit._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def search(
        self,
        *,
        body: Sequence[UnitSearchCriterion | Mapping[str, Any]],
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Unit]]:
        """Search units: the whole response (status, headers, parsed body)."""
        return self._send(
            search_units.OPERATION,
            search_units._get_kwargs(
                body=body,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Unit]:
        """Fetch a unit: the whole response (status, headers, parsed body)."""
        return self._send(
            get_unit.OPERATION,
            get_unit._get_kwargs(
                unit_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        unit_id: int,
        *,
        body: UnitCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Unit]:
        """Edit a unit: the whole response (status, headers, parsed body)."""
        return self._send(
            update_unit.OPERATION,
            update_unit._get_kwargs(
                unit_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a unit: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_unit.OPERATION,
            delete_unit._get_kwargs(
                unit_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncUnitsResource(AsyncResource):
    """Units, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncUnitsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncUnitsDetailed(self._runner)

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Unit]:
        """Fetch a list of units

        This action fetches a list of all units

        GET /2.0/unit (listUnits)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Unit]

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
                list_units.OPERATION,
                list_units._get_kwargs(
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create(
        self,
        *,
        body: UnitCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Unit:
        """Create unit

        This action creates a new unit

        POST /2.0/unit (createUnit)

        Args:
            body: the request body: UnitCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Unit

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
                create_unit.OPERATION,
                create_unit._get_kwargs(
                    body=body,
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
        body: Sequence[UnitSearchCriterion | Mapping[str, Any]],
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Unit]:
        """Search units

        Search units via query. Please refer to the Search section for detailed instructions.
        The following search fields are supported:

        * name

        POST /2.0/unit/search (searchUnits)

        Args:
            body: the request body: list[UnitSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Unit]

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
                search_units.OPERATION,
                search_units._get_kwargs(
                    body=body,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Unit:
        """Fetch a unit

        This action fetches a single unit

        GET /2.0/unit/{unit_id} (getUnit)

        Args:
            unit_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Unit

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
                get_unit.OPERATION,
                get_unit._get_kwargs(
                    unit_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        unit_id: int,
        *,
        body: UnitCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Unit:
        """Edit a unit

        This action edits a single unit

        POST /2.0/unit/{unit_id} (updateUnit)

        Args:
            unit_id (int):
            body: the request body: UnitCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Unit

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
                update_unit.OPERATION,
                update_unit._get_kwargs(
                    unit_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a unit

        This action permanently deletes a unit. It cannot be undone.

        DELETE /2.0/unit/{unit_id} (deleteUnit)

        Args:
            unit_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Success

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
                delete_unit.OPERATION,
                delete_unit._get_kwargs(
                    unit_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncUnitsDetailed(AsyncResource):
    """Units operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Unit]]:
        """Fetch a list of units: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_units.OPERATION,
            list_units._get_kwargs(
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: UnitCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Unit]:
        """Create unit: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_unit.OPERATION,
            create_unit._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def search(
        self,
        *,
        body: Sequence[UnitSearchCriterion | Mapping[str, Any]],
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Unit]]:
        """Search units: the whole response (status, headers, parsed body)."""
        return await self._send(
            search_units.OPERATION,
            search_units._get_kwargs(
                body=body,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Unit]:
        """Fetch a unit: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_unit.OPERATION,
            get_unit._get_kwargs(
                unit_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        unit_id: int,
        *,
        body: UnitCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Unit]:
        """Edit a unit: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_unit.OPERATION,
            update_unit._get_kwargs(
                unit_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        unit_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a unit: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_unit.OPERATION,
            delete_unit._get_kwargs(
                unit_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
