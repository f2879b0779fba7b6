"""DiscountPositions: the operations of this section of bexio's reference, as methods of `bexio.discount_positions`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.discount_position_create import DiscountPositionCreate
from ...models.kb_document_type import KbDocumentType, check_kb_document_type
from ...models.kb_position_discount import KbPositionDiscount
from ...models.success import Success
from ...types import UNSET, File, Response, Unset
from . import (
    create_discount_position,
    delete_discount_position,
    get_discount_position,
    list_discount_positions,
    update_discount_position,
)


class DiscountPositionsResource(SyncResource):
    """DiscountPositions: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> DiscountPositionsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return DiscountPositionsDetailed(self._runner)

    def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[KbPositionDiscount]:
        """Fetch a list of discount positions

        This action fetches a list of all discount positions for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/kb_position_discount (listDiscountPositions)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[KbPositionDiscount]

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
            list_discount_positions.OPERATION,
            list_discount_positions._get_kwargs(
                kb_document_type,
                document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbPositionDiscount:
        """Create a discount position

        This action creates a new discount position for a document

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        POST /2.0/{kb_document_type}/{document_id}/kb_position_discount (createDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            body: the request body: DiscountPositionCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbPositionDiscount

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
            create_discount_position.OPERATION,
            create_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbPositionDiscount:
        """Fetch a discount position

        This action fetches a single discount position for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/kb_position_discount/{position_id} (getDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            position_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbPositionDiscount

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
            get_discount_position.OPERATION,
            get_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbPositionDiscount:
        """Edit a discount position

        This action edits a single discount position for a document

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        POST /2.0/{kb_document_type}/{document_id}/kb_position_discount/{position_id} (updateDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            position_id (int):
            body: the request body: DiscountPositionCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbPositionDiscount

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
            update_discount_position.OPERATION,
            update_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a discount position

        This action permanently deletes a discount position for a document. It cannot be undone.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        DELETE /2.0/{kb_document_type}/{document_id}/kb_position_discount/{position_id} (deleteDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            position_id (int):
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
            delete_discount_position.OPERATION,
            delete_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class DiscountPositionsDetailed(SyncResource):
    """DiscountPositions operations answering the whole `Response`: `bexio.discount_positions.detailed.<method>(...)`."""

    def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[KbPositionDiscount]]:
        """Fetch a list of discount positions: the whole response (status, headers, parsed body)."""
        return self._send(
            list_discount_positions.OPERATION,
            list_discount_positions._get_kwargs(
                kb_document_type,
                document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbPositionDiscount]:
        """Create a discount position: the whole response (status, headers, parsed body)."""
        return self._send(
            create_discount_position.OPERATION,
            create_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbPositionDiscount]:
        """Fetch a discount position: the whole response (status, headers, parsed body)."""
        return self._send(
            get_discount_position.OPERATION,
            get_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbPositionDiscount]:
        """Edit a discount position: the whole response (status, headers, parsed body)."""
        return self._send(
            update_discount_position.OPERATION,
            update_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a discount position: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_discount_position.OPERATION,
            delete_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncDiscountPositionsResource(AsyncResource):
    """DiscountPositions, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncDiscountPositionsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncDiscountPositionsDetailed(self._runner)

    async def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[KbPositionDiscount]:
        """Fetch a list of discount positions

        This action fetches a list of all discount positions for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/kb_position_discount (listDiscountPositions)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[KbPositionDiscount]

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
                list_discount_positions.OPERATION,
                list_discount_positions._get_kwargs(
                    kb_document_type,
                    document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbPositionDiscount:
        """Create a discount position

        This action creates a new discount position for a document

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        POST /2.0/{kb_document_type}/{document_id}/kb_position_discount (createDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            body: the request body: DiscountPositionCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbPositionDiscount

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
                create_discount_position.OPERATION,
                create_discount_position._get_kwargs(
                    kb_document_type,
                    document_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbPositionDiscount:
        """Fetch a discount position

        This action fetches a single discount position for a document.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        GET /2.0/{kb_document_type}/{document_id}/kb_position_discount/{position_id} (getDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            position_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbPositionDiscount

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
                get_discount_position.OPERATION,
                get_discount_position._get_kwargs(
                    kb_document_type,
                    document_id,
                    position_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> KbPositionDiscount:
        """Edit a discount position

        This action edits a single discount position for a document

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        POST /2.0/{kb_document_type}/{document_id}/kb_position_discount/{position_id} (updateDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            position_id (int):
            body: the request body: DiscountPositionCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            KbPositionDiscount

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
                update_discount_position.OPERATION,
                update_discount_position._get_kwargs(
                    kb_document_type,
                    document_id,
                    position_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a discount position

        This action permanently deletes a discount position for a document. It cannot be undone.

        If you have an invoice with ID 4 you should replace the path parameter kb_document_type
        with kb_invoice and replace the path parameter document_id with 4.

        DELETE /2.0/{kb_document_type}/{document_id}/kb_position_discount/{position_id} (deleteDiscountPosition)

        Args:
            kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
                and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
            document_id (int):
            position_id (int):
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
                delete_discount_position.OPERATION,
                delete_discount_position._get_kwargs(
                    kb_document_type,
                    document_id,
                    position_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncDiscountPositionsDetailed(AsyncResource):
    """DiscountPositions operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[KbPositionDiscount]]:
        """Fetch a list of discount positions: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_discount_positions.OPERATION,
            list_discount_positions._get_kwargs(
                kb_document_type,
                document_id,
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
        kb_document_type: KbDocumentType,
        document_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbPositionDiscount]:
        """Create a discount position: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_discount_position.OPERATION,
            create_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbPositionDiscount]:
        """Fetch a discount position: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_discount_position.OPERATION,
            get_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        body: DiscountPositionCreate | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[KbPositionDiscount]:
        """Edit a discount position: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_discount_position.OPERATION,
            update_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        kb_document_type: KbDocumentType,
        document_id: int,
        position_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a discount position: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_discount_position.OPERATION,
            delete_discount_position._get_kwargs(
                kb_document_type,
                document_id,
                position_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
