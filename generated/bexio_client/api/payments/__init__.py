"""Payments: the operations of this section of bexio's reference, as methods of `bexio.payments`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.bank_payment import BankPayment
from ...models.success import Success
from ...types import UNSET, File, Response, Unset
from . import (
    cancel_bank_payment,
    delete_bank_payment,
    list_bank_payments,
)


class PaymentsResource(SyncResource):
    """Payments: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> PaymentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return PaymentsDetailed(self._runner)

    def list_bank_payments(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        bill_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[BankPayment]:
        """Deprecated: Fetch a list of payments

        This action fetches all payments

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        GET /3.0/banking/payments (listBankPayments)

        Args:
            from_ (datetime.date | Unset):
            to (datetime.date | Unset):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            bill_id (str | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[BankPayment]

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
            list_bank_payments.OPERATION,
            list_bank_payments._get_kwargs(
                from_=from_,
                to=to,
                limit=limit,
                offset=offset,
                bill_id=bill_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def cancel_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Cancel a payment

        This action cancels an existing payment. Please note that a payment can only be cancelled when the
        status is "downloaded", "transferred" or "error".

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        POST /3.0/banking/payments/{payment_id}/cancel (cancelBankPayment)

        Args:
            payment_id (int | str):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            BankPayment

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
            cancel_bank_payment.OPERATION,
            cancel_bank_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Deprecated: Delete a payment

        This action permanently deletes an existing payment. It cannot be undone. Please note that a payment
        can only be deleted when the status is "open".

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        DELETE /3.0/banking/payments/{payment_id} (deleteBankPayment)

        Args:
            payment_id (int | str):
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
            delete_bank_payment.OPERATION,
            delete_bank_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class PaymentsDetailed(SyncResource):
    """Payments operations answering the whole `Response`: `bexio.payments.detailed.<method>(...)`."""

    def list_bank_payments(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        bill_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[BankPayment]]:
        """Fetch a list of payments: the whole response (status, headers, parsed body)."""
        return self._send(
            list_bank_payments.OPERATION,
            list_bank_payments._get_kwargs(
                from_=from_,
                to=to,
                limit=limit,
                offset=offset,
                bill_id=bill_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def cancel_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Cancel a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            cancel_bank_payment.OPERATION,
            cancel_bank_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a payment: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_bank_payment.OPERATION,
            delete_bank_payment._get_kwargs(
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

    async def list_bank_payments(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        bill_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[BankPayment]:
        """Deprecated: Fetch a list of payments

        This action fetches all payments

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        GET /3.0/banking/payments (listBankPayments)

        Args:
            from_ (datetime.date | Unset):
            to (datetime.date | Unset):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            bill_id (str | Unset):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[BankPayment]

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
                list_bank_payments.OPERATION,
                list_bank_payments._get_kwargs(
                    from_=from_,
                    to=to,
                    limit=limit,
                    offset=offset,
                    bill_id=bill_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def cancel_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Cancel a payment

        This action cancels an existing payment. Please note that a payment can only be cancelled when the
        status is "downloaded", "transferred" or "error".

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        POST /3.0/banking/payments/{payment_id}/cancel (cancelBankPayment)

        Args:
            payment_id (int | str):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            BankPayment

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
                cancel_bank_payment.OPERATION,
                cancel_bank_payment._get_kwargs(
                    payment_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def delete_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Success:
        """Deprecated: Delete a payment

        This action permanently deletes an existing payment. It cannot be undone. Please note that a payment
        can only be deleted when the status is "open".

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        DELETE /3.0/banking/payments/{payment_id} (deleteBankPayment)

        Args:
            payment_id (int | str):
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
                delete_bank_payment.OPERATION,
                delete_bank_payment._get_kwargs(
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

    async def list_bank_payments(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        bill_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[BankPayment]]:
        """Fetch a list of payments: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_bank_payments.OPERATION,
            list_bank_payments._get_kwargs(
                from_=from_,
                to=to,
                limit=limit,
                offset=offset,
                bill_id=bill_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def cancel_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Cancel a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            cancel_bank_payment.OPERATION,
            cancel_bank_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete_bank_payment(
        self,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[Success]:
        """Delete a payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_bank_payment.OPERATION,
            delete_bank_payment._get_kwargs(
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
