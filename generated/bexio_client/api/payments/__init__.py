"""Payments: the operations of this section of bexio's reference, as methods of `bexio.payments`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.entry_deleted import EntryDeleted
from ...models.payment_create import PaymentCreate
from ...models.payment_update import PaymentUpdate
from ...models.payment_view import PaymentView
from ...types import UNSET, File, Response, Unset
from . import (
    cancel_payment,
    create_payment,
    delete_payment,
    get_payment,
    list_payments,
    update_payment,
)


class PaymentsResource(SyncResource):
    """Payments: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> PaymentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return PaymentsDetailed(self._runner)

    def list(
        self,
        *,
        filter_by: str | Unset = UNSET,
        page: int | Unset = 0,
        per_page: int | Unset = 500,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[PaymentView]:
        """Fetch a list of all payments

        This action fetches the payments of the company's bank accounts, filterable with `filter-by`.

        GET /4.0/banking/payments (listPayments)

        Args:
            filter_by (str | Unset):
            page (int | Unset):  Default: 0.
            per_page (int | Unset):  Default: 500.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[PaymentView]

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
            list_payments.OPERATION,
            list_payments._get_kwargs(
                filter_by=filter_by,
                page=page,
                per_page=per_page,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: PaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Create a payment

        This action creates an IBAN or a QR payment order.

        POST /4.0/banking/payments (createPayment)

        Args:
            body: the request body: PaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
            create_payment.OPERATION,
            create_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Get a payment

        This action fetches a single payment.

        GET /4.0/banking/payments/{payment_id} (getPayment)

        Args:
            payment_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
            get_payment.OPERATION,
            get_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        payment_id: UUID,
        *,
        body: PaymentUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Update a payment

        This action changes an existing payment.

        PUT /4.0/banking/payments/{payment_id} (updatePayment)

        Args:
            payment_id (UUID):
            body: the request body: PaymentUpdate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
            update_payment.OPERATION,
            update_payment._get_kwargs(
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EntryDeleted:
        """Delete a payment

        This action deletes a payment permanently; it cannot be undone.

        DELETE /4.0/banking/payments/{payment_id} (deletePayment)

        Args:
            payment_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EntryDeleted

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
            delete_payment.OPERATION,
            delete_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def cancel(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Cancel a payment

        This action cancels a payment. A payment can only be cancelled when the status is "downloaded",
        "transferred" or "error". (Those are the status names of the removed 3.0 payments; the 4.0 statuses
        are open, transmitted, downloaded, paid, failed and cancelled, so read "transmitted" and "failed"
        for the last two.)

        POST /4.0/banking/payments/{payment_id}/cancel (cancelPayment)

        Args:
            payment_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
            cancel_payment.OPERATION,
            cancel_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class PaymentsDetailed(SyncResource):
    """Payments operations answering the whole `Response`: `bexio.payments.detailed.<method>(...)`."""

    def list(
        self,
        *,
        filter_by: str | Unset = UNSET,
        page: int | Unset = 0,
        per_page: int | Unset = 500,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[PaymentView]]:
        """Fetch a list of all payments: the whole response (status, headers, parsed body)."""
        return self._send(
            list_payments.OPERATION,
            list_payments._get_kwargs(
                filter_by=filter_by,
                page=page,
                per_page=per_page,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: PaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Create a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            create_payment.OPERATION,
            create_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Get a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            get_payment.OPERATION,
            get_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        payment_id: UUID,
        *,
        body: PaymentUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Update a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            update_payment.OPERATION,
            update_payment._get_kwargs(
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EntryDeleted]:
        """Delete a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_payment.OPERATION,
            delete_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def cancel(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Cancel a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            cancel_payment.OPERATION,
            cancel_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncPaymentsResource(AsyncResource):
    """Payments, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncPaymentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncPaymentsDetailed(self._runner)

    async def list(
        self,
        *,
        filter_by: str | Unset = UNSET,
        page: int | Unset = 0,
        per_page: int | Unset = 500,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[PaymentView]:
        """Fetch a list of all payments

        This action fetches the payments of the company's bank accounts, filterable with `filter-by`.

        GET /4.0/banking/payments (listPayments)

        Args:
            filter_by (str | Unset):
            page (int | Unset):  Default: 0.
            per_page (int | Unset):  Default: 500.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[PaymentView]

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
                list_payments.OPERATION,
                list_payments._get_kwargs(
                    filter_by=filter_by,
                    page=page,
                    per_page=per_page,
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
        body: PaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Create a payment

        This action creates an IBAN or a QR payment order.

        POST /4.0/banking/payments (createPayment)

        Args:
            body: the request body: PaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
                create_payment.OPERATION,
                create_payment._get_kwargs(
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
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Get a payment

        This action fetches a single payment.

        GET /4.0/banking/payments/{payment_id} (getPayment)

        Args:
            payment_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
                get_payment.OPERATION,
                get_payment._get_kwargs(
                    payment_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        payment_id: UUID,
        *,
        body: PaymentUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Update a payment

        This action changes an existing payment.

        PUT /4.0/banking/payments/{payment_id} (updatePayment)

        Args:
            payment_id (UUID):
            body: the request body: PaymentUpdate, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
                update_payment.OPERATION,
                update_payment._get_kwargs(
                    payment_id,
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
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EntryDeleted:
        """Delete a payment

        This action deletes a payment permanently; it cannot be undone.

        DELETE /4.0/banking/payments/{payment_id} (deletePayment)

        Args:
            payment_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EntryDeleted

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
                delete_payment.OPERATION,
                delete_payment._get_kwargs(
                    payment_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def cancel(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PaymentView:
        """Cancel a payment

        This action cancels a payment. A payment can only be cancelled when the status is "downloaded",
        "transferred" or "error". (Those are the status names of the removed 3.0 payments; the 4.0 statuses
        are open, transmitted, downloaded, paid, failed and cancelled, so read "transmitted" and "failed"
        for the last two.)

        POST /4.0/banking/payments/{payment_id}/cancel (cancelPayment)

        Args:
            payment_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            PaymentView

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
                cancel_payment.OPERATION,
                cancel_payment._get_kwargs(
                    payment_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncPaymentsDetailed(AsyncResource):
    """Payments operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        filter_by: str | Unset = UNSET,
        page: int | Unset = 0,
        per_page: int | Unset = 500,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[PaymentView]]:
        """Fetch a list of all payments: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_payments.OPERATION,
            list_payments._get_kwargs(
                filter_by=filter_by,
                page=page,
                per_page=per_page,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: PaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Create a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_payment.OPERATION,
            create_payment._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Get a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_payment.OPERATION,
            get_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        payment_id: UUID,
        *,
        body: PaymentUpdate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Update a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_payment.OPERATION,
            update_payment._get_kwargs(
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EntryDeleted]:
        """Delete a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_payment.OPERATION,
            delete_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def cancel(
        self,
        payment_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[PaymentView]:
        """Cancel a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            cancel_payment.OPERATION,
            cancel_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
