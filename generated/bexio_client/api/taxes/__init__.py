"""Taxes: the operations of this section of bexio's reference, as methods of `bexio.taxes`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.list_taxes_scope import ListTaxesScope, check_list_taxes_scope
from ...models.list_taxes_types import ListTaxesTypes, check_list_taxes_types
from ...models.success import Success
from ...models.tax import Tax
from ...types import UNSET, File, Response, Unset
from . import (
    delete_tax,
    get_tax,
    list_taxes,
)


class TaxesResource(SyncResource):
    """Taxes: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> TaxesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return TaxesDetailed(self._runner)

    def list(
        self,
        *,
        scope: ListTaxesScope | Unset = UNSET,
        date: datetime.date | Unset = UNSET,
        types: ListTaxesTypes | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Tax]:
        """Fetch a list of taxes

        This action fetches a list of all taxes

        GET /3.0/taxes (listTaxes)

        Args:
            scope (ListTaxesScope | Unset):
            date (datetime.date | Unset):
            types (ListTaxesTypes | Unset):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Tax]

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
            list_taxes.OPERATION,
            list_taxes._get_kwargs(
                scope=scope,
                date=date,
                types=types,
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
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tax:
        """Fetch a tax

        This action fetches a single tax

        GET /3.0/taxes/{tax_id} (getTax)

        Args:
            tax_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Tax

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
            get_tax.OPERATION,
            get_tax._get_kwargs(
                tax_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a tax

        This action permanently deletes a tax. It cannot be undone. Please note that taxes which are used
        and/or referenced within bexio can not be deleted. In that case, the API will throw a 409 error.

        DELETE /3.0/taxes/{tax_id} (deleteTax)

        Args:
            tax_id (int):
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
            ConflictError: 409 The tax is used and/or referenced within bexio and can not be deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            delete_tax.OPERATION,
            delete_tax._get_kwargs(
                tax_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class TaxesDetailed(SyncResource):
    """Taxes operations answering the whole `Response`: `bexio.taxes.detailed.<method>(...)`."""

    def list(
        self,
        *,
        scope: ListTaxesScope | Unset = UNSET,
        date: datetime.date | Unset = UNSET,
        types: ListTaxesTypes | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Tax]]:
        """Fetch a list of taxes: the whole response (status, headers, parsed body)."""
        return self._send(
            list_taxes.OPERATION,
            list_taxes._get_kwargs(
                scope=scope,
                date=date,
                types=types,
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
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Tax]:
        """Fetch a tax: the whole response (status, headers, parsed body)."""
        return self._send(
            get_tax.OPERATION,
            get_tax._get_kwargs(
                tax_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a tax: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_tax.OPERATION,
            delete_tax._get_kwargs(
                tax_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncTaxesResource(AsyncResource):
    """Taxes, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncTaxesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncTaxesDetailed(self._runner)

    async def list(
        self,
        *,
        scope: ListTaxesScope | Unset = UNSET,
        date: datetime.date | Unset = UNSET,
        types: ListTaxesTypes | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[Tax]:
        """Fetch a list of taxes

        This action fetches a list of all taxes

        GET /3.0/taxes (listTaxes)

        Args:
            scope (ListTaxesScope | Unset):
            date (datetime.date | Unset):
            types (ListTaxesTypes | Unset):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[Tax]

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
                list_taxes.OPERATION,
                list_taxes._get_kwargs(
                    scope=scope,
                    date=date,
                    types=types,
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
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Tax:
        """Fetch a tax

        This action fetches a single tax

        GET /3.0/taxes/{tax_id} (getTax)

        Args:
            tax_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            Tax

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
                get_tax.OPERATION,
                get_tax._get_kwargs(
                    tax_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete(
        self,
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a tax

        This action permanently deletes a tax. It cannot be undone. Please note that taxes which are used
        and/or referenced within bexio can not be deleted. In that case, the API will throw a 409 error.

        DELETE /3.0/taxes/{tax_id} (deleteTax)

        Args:
            tax_id (int):
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
            ConflictError: 409 The tax is used and/or referenced within bexio and can not be deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                delete_tax.OPERATION,
                delete_tax._get_kwargs(
                    tax_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncTaxesDetailed(AsyncResource):
    """Taxes operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        scope: ListTaxesScope | Unset = UNSET,
        date: datetime.date | Unset = UNSET,
        types: ListTaxesTypes | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[Tax]]:
        """Fetch a list of taxes: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_taxes.OPERATION,
            list_taxes._get_kwargs(
                scope=scope,
                date=date,
                types=types,
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
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Tax]:
        """Fetch a tax: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_tax.OPERATION,
            get_tax._get_kwargs(
                tax_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        tax_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a tax: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_tax.OPERATION,
            delete_tax._get_kwargs(
                tax_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
