"""OutgoingPayment: the operations of this section of bexio's reference, as methods of `bexio.outgoing_payment`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.list_outgoing_payments_order import ListOutgoingPaymentsOrder, check_list_outgoing_payments_order
from ...models.outgoing_payment import OutgoingPayment
from ...models.outgoing_payment_create import OutgoingPaymentCreate
from ...models.outgoing_payment_edit import OutgoingPaymentEdit
from ...models.outgoing_payment_page import OutgoingPaymentPage
from ...types import UNSET, File, Response, Unset
from . import (
    create_outgoing_payment,
    delete_outgoing_payment,
    get_outgoing_payment,
    list_outgoing_payments,
    update_outgoing_payment,
)


class OutgoingPaymentResource(SyncResource):
    """OutgoingPayment: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> OutgoingPaymentDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return OutgoingPaymentDetailed(self._runner)

    def list_outgoing_payments(
        self,
        *,
        bill_id: UUID,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: ListOutgoingPaymentsOrder | Unset = "asc",
        sort: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPaymentPage:
        """Retrieve Outgoing Payments

        Retrieves the Outgoing Payments created for one Bill (`bill_id`), a page at a time. (The reference
        gives this operation no text of its own.)

        GET /4.0/purchase/outgoing-payments (listOutgoingPayments)

        Args:
            bill_id (UUID):
            limit (int | Unset):  Default: 100.
            page (int | Unset):  Default: 1.
            order (ListOutgoingPaymentsOrder | Unset):  Default: 'asc'.
            sort (str | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPaymentPage

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
            list_outgoing_payments.OPERATION,
            list_outgoing_payments._get_kwargs(
                bill_id=bill_id,
                limit=limit,
                page=page,
                order=order,
                sort=sort,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        *,
        body: OutgoingPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPayment:
        """Edit Outgoing Payment

        Endpoint for editing an existing Outgoing Payment of a Bill. The payment is named by `payment_id` in
        the body; the path has no id.

        PUT /4.0/purchase/outgoing-payments (updateOutgoingPayment)

        Args:
            body: the request body: OutgoingPaymentEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPayment

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
            update_outgoing_payment.OPERATION,
            update_outgoing_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: OutgoingPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPayment:
        """Create new Outgoing Payment

        Endpoint for creating Outgoing Payment

        POST /4.0/purchase/outgoing-payments (createOutgoingPayment)

        Args:
            body: the request body: OutgoingPaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPayment

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
            create_outgoing_payment.OPERATION,
            create_outgoing_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPayment:
        """Get Outgoing Payment

        Endpoint for retrieving Outgoing Payment by id

        GET /4.0/purchase/outgoing-payments/{id} (getOutgoingPayment)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPayment

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
            get_outgoing_payment.OPERATION,
            get_outgoing_payment._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Outgoing Payment

        Payment cannot be removed when it is RECONCILED (transaction_id is not null). Payment cannot be
        removed when it's Business Year is Closed or Locked.

        DELETE /4.0/purchase/outgoing-payments/{id} (deleteOutgoingPayment)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            None

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
            delete_outgoing_payment.OPERATION,
            delete_outgoing_payment._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class OutgoingPaymentDetailed(SyncResource):
    """OutgoingPayment operations answering the whole `Response`: `bexio.outgoing_payment.detailed.<method>(...)`."""

    def list_outgoing_payments(
        self,
        *,
        bill_id: UUID,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: ListOutgoingPaymentsOrder | Unset = "asc",
        sort: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPaymentPage]:
        """Retrieve Outgoing Payments: the whole response (status, headers, parsed body)."""
        return self._send(
            list_outgoing_payments.OPERATION,
            list_outgoing_payments._get_kwargs(
                bill_id=bill_id,
                limit=limit,
                page=page,
                order=order,
                sort=sort,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        *,
        body: OutgoingPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPayment]:
        """Edit Outgoing Payment: the whole response (status, headers, parsed body)."""
        return self._send(
            update_outgoing_payment.OPERATION,
            update_outgoing_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: OutgoingPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPayment]:
        """Create new Outgoing Payment: the whole response (status, headers, parsed body)."""
        return self._send(
            create_outgoing_payment.OPERATION,
            create_outgoing_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPayment]:
        """Get Outgoing Payment: the whole response (status, headers, parsed body)."""
        return self._send(
            get_outgoing_payment.OPERATION,
            get_outgoing_payment._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Delete Outgoing Payment: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_outgoing_payment.OPERATION,
            delete_outgoing_payment._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncOutgoingPaymentResource(AsyncResource):
    """OutgoingPayment, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncOutgoingPaymentDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncOutgoingPaymentDetailed(self._runner)

    async def list_outgoing_payments(
        self,
        *,
        bill_id: UUID,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: ListOutgoingPaymentsOrder | Unset = "asc",
        sort: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPaymentPage:
        """Retrieve Outgoing Payments

        Retrieves the Outgoing Payments created for one Bill (`bill_id`), a page at a time. (The reference
        gives this operation no text of its own.)

        GET /4.0/purchase/outgoing-payments (listOutgoingPayments)

        Args:
            bill_id (UUID):
            limit (int | Unset):  Default: 100.
            page (int | Unset):  Default: 1.
            order (ListOutgoingPaymentsOrder | Unset):  Default: 'asc'.
            sort (str | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPaymentPage

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
                list_outgoing_payments.OPERATION,
                list_outgoing_payments._get_kwargs(
                    bill_id=bill_id,
                    limit=limit,
                    page=page,
                    order=order,
                    sort=sort,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        *,
        body: OutgoingPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPayment:
        """Edit Outgoing Payment

        Endpoint for editing an existing Outgoing Payment of a Bill. The payment is named by `payment_id` in
        the body; the path has no id.

        PUT /4.0/purchase/outgoing-payments (updateOutgoingPayment)

        Args:
            body: the request body: OutgoingPaymentEdit, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPayment

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
                update_outgoing_payment.OPERATION,
                update_outgoing_payment._get_kwargs(
                    body=body,
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
        body: OutgoingPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPayment:
        """Create new Outgoing Payment

        Endpoint for creating Outgoing Payment

        POST /4.0/purchase/outgoing-payments (createOutgoingPayment)

        Args:
            body: the request body: OutgoingPaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPayment

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
                create_outgoing_payment.OPERATION,
                create_outgoing_payment._get_kwargs(
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
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> OutgoingPayment:
        """Get Outgoing Payment

        Endpoint for retrieving Outgoing Payment by id

        GET /4.0/purchase/outgoing-payments/{id} (getOutgoingPayment)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            OutgoingPayment

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
                get_outgoing_payment.OPERATION,
                get_outgoing_payment._get_kwargs(
                    id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete Outgoing Payment

        Payment cannot be removed when it is RECONCILED (transaction_id is not null). Payment cannot be
        removed when it's Business Year is Closed or Locked.

        DELETE /4.0/purchase/outgoing-payments/{id} (deleteOutgoingPayment)

        Args:
            id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            None

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
                delete_outgoing_payment.OPERATION,
                delete_outgoing_payment._get_kwargs(
                    id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncOutgoingPaymentDetailed(AsyncResource):
    """OutgoingPayment operations for asyncio, answering the whole `Response`."""

    async def list_outgoing_payments(
        self,
        *,
        bill_id: UUID,
        limit: int | Unset = 100,
        page: int | Unset = 1,
        order: ListOutgoingPaymentsOrder | Unset = "asc",
        sort: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPaymentPage]:
        """Retrieve Outgoing Payments: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_outgoing_payments.OPERATION,
            list_outgoing_payments._get_kwargs(
                bill_id=bill_id,
                limit=limit,
                page=page,
                order=order,
                sort=sort,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        *,
        body: OutgoingPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPayment]:
        """Edit Outgoing Payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_outgoing_payment.OPERATION,
            update_outgoing_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: OutgoingPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPayment]:
        """Create new Outgoing Payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_outgoing_payment.OPERATION,
            create_outgoing_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[OutgoingPayment]:
        """Get Outgoing Payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_outgoing_payment.OPERATION,
            get_outgoing_payment._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Delete Outgoing Payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_outgoing_payment.OPERATION,
            delete_outgoing_payment._get_kwargs(
                id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
