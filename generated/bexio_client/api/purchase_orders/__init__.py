"""PurchaseOrders: the operations of this section of bexio's reference, as methods of `bexio.purchase_orders`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_create import PurchaseOrderCreate
from ...models.purchase_order_edit import PurchaseOrderEdit
from ...models.success import Success
from ...types import UNSET, File, Response, Unset
from . import (
    create_purchase_order,
    delete_purchase_order,
    get_purchase_order,
    list_purchase_orders,
    update_purchase_order,
)


class PurchaseOrdersResource(SyncResource):
    """PurchaseOrders: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> PurchaseOrdersDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return PurchaseOrdersDetailed(self._runner)

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
    ) -> list[PurchaseOrder]:
        """Fetch a list of purchase orders

        This action fetches a list of article orders

        GET /3.0/purchase_orders (listPurchaseOrders)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[PurchaseOrder]

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
            list_purchase_orders.OPERATION,
            list_purchase_orders._get_kwargs(
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
        *,
        body: PurchaseOrderCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseOrder:
        """Create a purchase order

        This action creates a new purchase order. `contact_id` has to be an integer (changelog 2023-10-09).

        POST /3.0/purchase_orders (createPurchaseOrder)

        Args:
            body: the request body: PurchaseOrderCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseOrder

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
            create_purchase_order.OPERATION,
            create_purchase_order._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseOrder:
        """Fetch a single purchase order

        This action fetches a single purchase order

        GET /3.0/purchase_orders/{purchase_order_id} (getPurchaseOrder)

        Args:
            purchase_order_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseOrder

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
            get_purchase_order.OPERATION,
            get_purchase_order._get_kwargs(
                purchase_order_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        purchase_order_id: int,
        *,
        body: PurchaseOrderEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseOrder:
        """Update a single purchase order

        This action updates a purchase order.

        PUT /3.0/purchase_orders/{purchase_order_id} (updatePurchaseOrder)

        Args:
            purchase_order_id (int):
            body: the request body: PurchaseOrderEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseOrder

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
            update_purchase_order.OPERATION,
            update_purchase_order._get_kwargs(
                purchase_order_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a purchase order

        This action permanently deletes a purchase order. It cannot be undone.

        DELETE /3.0/purchase_orders/{purchase_order_id} (deletePurchaseOrder)

        Args:
            purchase_order_id (int):
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
            delete_purchase_order.OPERATION,
            delete_purchase_order._get_kwargs(
                purchase_order_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class PurchaseOrdersDetailed(SyncResource):
    """PurchaseOrders operations answering the whole `Response`: `bexio.purchase_orders.detailed.<method>(...)`."""

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
    ) -> Response[list[PurchaseOrder]]:
        """Fetch a list of purchase orders: the whole response (status, headers, parsed body)."""
        return self._send(
            list_purchase_orders.OPERATION,
            list_purchase_orders._get_kwargs(
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
        *,
        body: PurchaseOrderCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseOrder]:
        """Create a purchase order: the whole response (status, headers, parsed body)."""
        return self._send(
            create_purchase_order.OPERATION,
            create_purchase_order._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseOrder]:
        """Fetch a single purchase order: the whole response (status, headers, parsed body)."""
        return self._send(
            get_purchase_order.OPERATION,
            get_purchase_order._get_kwargs(
                purchase_order_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        purchase_order_id: int,
        *,
        body: PurchaseOrderEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseOrder]:
        """Update a single purchase order: the whole response (status, headers, parsed body)."""
        return self._send(
            update_purchase_order.OPERATION,
            update_purchase_order._get_kwargs(
                purchase_order_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a purchase order: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_purchase_order.OPERATION,
            delete_purchase_order._get_kwargs(
                purchase_order_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncPurchaseOrdersResource(AsyncResource):
    """PurchaseOrders, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncPurchaseOrdersDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncPurchaseOrdersDetailed(self._runner)

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
    ) -> list[PurchaseOrder]:
        """Fetch a list of purchase orders

        This action fetches a list of article orders

        GET /3.0/purchase_orders (listPurchaseOrders)

        Args:
            order_by (str | Unset):  Default: 'id'.
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[PurchaseOrder]

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
                list_purchase_orders.OPERATION,
                list_purchase_orders._get_kwargs(
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
        *,
        body: PurchaseOrderCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseOrder:
        """Create a purchase order

        This action creates a new purchase order. `contact_id` has to be an integer (changelog 2023-10-09).

        POST /3.0/purchase_orders (createPurchaseOrder)

        Args:
            body: the request body: PurchaseOrderCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseOrder

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
                create_purchase_order.OPERATION,
                create_purchase_order._get_kwargs(
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
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseOrder:
        """Fetch a single purchase order

        This action fetches a single purchase order

        GET /3.0/purchase_orders/{purchase_order_id} (getPurchaseOrder)

        Args:
            purchase_order_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseOrder

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
                get_purchase_order.OPERATION,
                get_purchase_order._get_kwargs(
                    purchase_order_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        purchase_order_id: int,
        *,
        body: PurchaseOrderEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PurchaseOrder:
        """Update a single purchase order

        This action updates a purchase order.

        PUT /3.0/purchase_orders/{purchase_order_id} (updatePurchaseOrder)

        Args:
            purchase_order_id (int):
            body: the request body: PurchaseOrderEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PurchaseOrder

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
                update_purchase_order.OPERATION,
                update_purchase_order._get_kwargs(
                    purchase_order_id,
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
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Delete a purchase order

        This action permanently deletes a purchase order. It cannot be undone.

        DELETE /3.0/purchase_orders/{purchase_order_id} (deletePurchaseOrder)

        Args:
            purchase_order_id (int):
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
                delete_purchase_order.OPERATION,
                delete_purchase_order._get_kwargs(
                    purchase_order_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncPurchaseOrdersDetailed(AsyncResource):
    """PurchaseOrders operations for asyncio, answering the whole `Response`."""

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
    ) -> Response[list[PurchaseOrder]]:
        """Fetch a list of purchase orders: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_purchase_orders.OPERATION,
            list_purchase_orders._get_kwargs(
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
        *,
        body: PurchaseOrderCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseOrder]:
        """Create a purchase order: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_purchase_order.OPERATION,
            create_purchase_order._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseOrder]:
        """Fetch a single purchase order: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_purchase_order.OPERATION,
            get_purchase_order._get_kwargs(
                purchase_order_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        purchase_order_id: int,
        *,
        body: PurchaseOrderEdit | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PurchaseOrder]:
        """Update a single purchase order: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_purchase_order.OPERATION,
            update_purchase_order._get_kwargs(
                purchase_order_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        purchase_order_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a purchase order: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_purchase_order.OPERATION,
            delete_purchase_order._get_kwargs(
                purchase_order_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
