"""AdditionalAddresses: the operations of this section of bexio's reference, as methods of `bexio.additional_addresses`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.additional_address import AdditionalAddress
from ...models.additional_address_create import AdditionalAddressCreate
from ...models.additional_address_search_criterion import AdditionalAddressSearchCriterion
from ...models.success import Success
from ...types import UNSET, File, Response, Unset
from . import (
    create_additional_address,
    delete_additional_address,
    get_additional_address,
    list_additional_addresses,
    search_additional_addresses,
    update_additional_address,
)


class AdditionalAddressesResource(SyncResource):
    """AdditionalAddresses: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> AdditionalAddressesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AdditionalAddressesDetailed(self._runner)

    def list(
        self,
        contact_id: int,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AdditionalAddress]:
        """Fetch a list of additional addresses

        This action fetches a list of all additional addresses for a given contact

        GET /2.0/contact/{contact_id}/additional_address (listAdditionalAddresses)

        Args:
            contact_id (int):
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[AdditionalAddress]

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
            list_additional_addresses.OPERATION,
            list_additional_addresses._get_kwargs(
                contact_id,
                order_by=order_by,
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
        contact_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdditionalAddress:
        """Create additional address

        This action creates a new additional address

        POST /2.0/contact/{contact_id}/additional_address (createAdditionalAddress)

        Args:
            contact_id (int):
            body: the request body: AdditionalAddressCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AdditionalAddress

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
            create_additional_address.OPERATION,
            create_additional_address._get_kwargs(
                contact_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def search(
        self,
        contact_id: int,
        *,
        body: Sequence[AdditionalAddressSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AdditionalAddress]:
        """Search additional addresses

        Search additional addresses via query. Please refer to the Search section for detailed
        instructions. The following search fields are supported:

        * name
        * address
        * postcode
        * city
        * country_id
        * subject
        * email

        POST /2.0/contact/{contact_id}/additional_address/search (searchAdditionalAddresses)

        Args:
            contact_id (int):
            body: the request body: list[AdditionalAddressSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[AdditionalAddress]

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
            search_additional_addresses.OPERATION,
            search_additional_addresses._get_kwargs(
                contact_id,
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

    def get(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdditionalAddress:
        """Fetch an additional address

        This action fetches an additional address for a given contact

        GET /2.0/contact/{contact_id}/additional_address/{additional_address_id} (getAdditionalAddress)

        Args:
            contact_id (int):
            additional_address_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AdditionalAddress

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
            get_additional_address.OPERATION,
            get_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdditionalAddress:
        """Edit an additional address

        This action edits an additional address

        POST /2.0/contact/{contact_id}/additional_address/{additional_address_id} (updateAdditionalAddress)

        Args:
            contact_id (int):
            additional_address_id (int):
            body: the request body: AdditionalAddressCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AdditionalAddress

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
            update_additional_address.OPERATION,
            update_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete an additional address

        This action permanently deletes an additional address. It cannot be undone.

        DELETE /2.0/contact/{contact_id}/additional_address/{additional_address_id} (deleteAdditionalAddress)

        Args:
            contact_id (int):
            additional_address_id (int):
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
            delete_additional_address.OPERATION,
            delete_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class AdditionalAddressesDetailed(SyncResource):
    """AdditionalAddresses operations answering the whole `Response`: `bexio.additional_addresses.detailed.<method>(...)`."""

    def list(
        self,
        contact_id: int,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[AdditionalAddress]]:
        """Fetch a list of additional addresses: the whole response (status, headers, parsed body)."""
        return self._send(
            list_additional_addresses.OPERATION,
            list_additional_addresses._get_kwargs(
                contact_id,
                order_by=order_by,
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
        contact_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AdditionalAddress]:
        """Create additional address: the whole response (status, headers, parsed body)."""
        return self._send(
            create_additional_address.OPERATION,
            create_additional_address._get_kwargs(
                contact_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def search(
        self,
        contact_id: int,
        *,
        body: Sequence[AdditionalAddressSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[AdditionalAddress]]:
        """Search additional addresses: the whole response (status, headers, parsed body)."""
        return self._send(
            search_additional_addresses.OPERATION,
            search_additional_addresses._get_kwargs(
                contact_id,
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

    def get(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AdditionalAddress]:
        """Fetch an additional address: the whole response (status, headers, parsed body)."""
        return self._send(
            get_additional_address.OPERATION,
            get_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AdditionalAddress]:
        """Edit an additional address: the whole response (status, headers, parsed body)."""
        return self._send(
            update_additional_address.OPERATION,
            update_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete an additional address: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_additional_address.OPERATION,
            delete_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncAdditionalAddressesResource(AsyncResource):
    """AdditionalAddresses, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncAdditionalAddressesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncAdditionalAddressesDetailed(self._runner)

    async def list(
        self,
        contact_id: int,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AdditionalAddress]:
        """Fetch a list of additional addresses

        This action fetches a list of all additional addresses for a given contact

        GET /2.0/contact/{contact_id}/additional_address (listAdditionalAddresses)

        Args:
            contact_id (int):
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[AdditionalAddress]

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
                list_additional_addresses.OPERATION,
                list_additional_addresses._get_kwargs(
                    contact_id,
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

    async def create(
        self,
        contact_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdditionalAddress:
        """Create additional address

        This action creates a new additional address

        POST /2.0/contact/{contact_id}/additional_address (createAdditionalAddress)

        Args:
            contact_id (int):
            body: the request body: AdditionalAddressCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AdditionalAddress

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
                create_additional_address.OPERATION,
                create_additional_address._get_kwargs(
                    contact_id,
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
        contact_id: int,
        *,
        body: Sequence[AdditionalAddressSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[AdditionalAddress]:
        """Search additional addresses

        Search additional addresses via query. Please refer to the Search section for detailed
        instructions. The following search fields are supported:

        * name
        * address
        * postcode
        * city
        * country_id
        * subject
        * email

        POST /2.0/contact/{contact_id}/additional_address/search (searchAdditionalAddresses)

        Args:
            contact_id (int):
            body: the request body: list[AdditionalAddressSearchCriterion], or dicts
                checked against it (an unknown key is a TypeError).
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[AdditionalAddress]

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
                search_additional_addresses.OPERATION,
                search_additional_addresses._get_kwargs(
                    contact_id,
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

    async def get(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdditionalAddress:
        """Fetch an additional address

        This action fetches an additional address for a given contact

        GET /2.0/contact/{contact_id}/additional_address/{additional_address_id} (getAdditionalAddress)

        Args:
            contact_id (int):
            additional_address_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AdditionalAddress

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
                get_additional_address.OPERATION,
                get_additional_address._get_kwargs(
                    contact_id,
                    additional_address_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AdditionalAddress:
        """Edit an additional address

        This action edits an additional address

        POST /2.0/contact/{contact_id}/additional_address/{additional_address_id} (updateAdditionalAddress)

        Args:
            contact_id (int):
            additional_address_id (int):
            body: the request body: AdditionalAddressCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AdditionalAddress

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
                update_additional_address.OPERATION,
                update_additional_address._get_kwargs(
                    contact_id,
                    additional_address_id,
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
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete an additional address

        This action permanently deletes an additional address. It cannot be undone.

        DELETE /2.0/contact/{contact_id}/additional_address/{additional_address_id} (deleteAdditionalAddress)

        Args:
            contact_id (int):
            additional_address_id (int):
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
                delete_additional_address.OPERATION,
                delete_additional_address._get_kwargs(
                    contact_id,
                    additional_address_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncAdditionalAddressesDetailed(AsyncResource):
    """AdditionalAddresses operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        contact_id: int,
        *,
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[AdditionalAddress]]:
        """Fetch a list of additional addresses: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_additional_addresses.OPERATION,
            list_additional_addresses._get_kwargs(
                contact_id,
                order_by=order_by,
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
        contact_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AdditionalAddress]:
        """Create additional address: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_additional_address.OPERATION,
            create_additional_address._get_kwargs(
                contact_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def search(
        self,
        contact_id: int,
        *,
        body: Sequence[AdditionalAddressSearchCriterion | Mapping[str, Any]],
        order_by: str | Unset = "id",
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[AdditionalAddress]]:
        """Search additional addresses: the whole response (status, headers, parsed body)."""
        return await self._send(
            search_additional_addresses.OPERATION,
            search_additional_addresses._get_kwargs(
                contact_id,
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

    async def get(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AdditionalAddress]:
        """Fetch an additional address: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_additional_address.OPERATION,
            get_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        body: AdditionalAddressCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AdditionalAddress]:
        """Edit an additional address: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_additional_address.OPERATION,
            update_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        contact_id: int,
        additional_address_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete an additional address: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_additional_address.OPERATION,
            delete_additional_address._get_kwargs(
                contact_id,
                additional_address_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
