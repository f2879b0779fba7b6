"""QrPayments: the operations of this section of bexio's reference, as methods of `bexio.qr_payments`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.bank_payment import BankPayment
from ...models.qr_payment_create import QrPaymentCreate
from ...models.qr_payment_edit import QrPaymentEdit
from ...types import UNSET, File, Response, Unset
from . import (
    create_qr_payment,
    get_qr_payment,
    update_qr_payment,
)


class QrPaymentsResource(SyncResource):
    """QrPayments: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> QrPaymentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return QrPaymentsDetailed(self._runner)

    def create(
        self,
        bank_account_id: int,
        *,
        body: QrPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Create QR payment

        This action creates a new payment for the selected bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        POST /3.0/banking/bank_accounts/{bank_account_id}/qr_payments (createQrPayment)

        Args:
            bank_account_id (int):
            body: the request body: QrPaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
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
            create_qr_payment.OPERATION,
            create_qr_payment._get_kwargs(
                bank_account_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        bank_account_id: int,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Get QR payment

        This action fetches an IBAN payment which is associated to the specified bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        GET /3.0/banking/bank_accounts/{bank_account_id}/qr_payments/{payment_id} (getQrPayment)

        Args:
            bank_account_id (int):
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
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_qr_payment.OPERATION,
            get_qr_payment._get_kwargs(
                bank_account_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        bank_account_id: int,
        payment_id: int | str,
        *,
        body: QrPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Update QR payment

        This action updates an existing payment for the selected bank account. Please note that a payment
        can only be edited, when the status is "open".

        Please note that you do not have to provide all fields to update a payment.

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        PATCH /3.0/banking/bank_accounts/{bank_account_id}/qr_payments/{payment_id} (updateQrPayment)

        Args:
            bank_account_id (int):
            payment_id (int | str):
            body: the request body: QrPaymentEdit, or dicts
                checked against it (an unknown key is a TypeError).
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
            update_qr_payment.OPERATION,
            update_qr_payment._get_kwargs(
                bank_account_id,
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class QrPaymentsDetailed(SyncResource):
    """QrPayments operations answering the whole `Response`: `bexio.qr_payments.detailed.<method>(...)`."""

    def create(
        self,
        bank_account_id: int,
        *,
        body: QrPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Create QR payment: the whole response (status, headers, parsed body)."""
        return self._send(
            create_qr_payment.OPERATION,
            create_qr_payment._get_kwargs(
                bank_account_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        bank_account_id: int,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Get QR payment: the whole response (status, headers, parsed body)."""
        return self._send(
            get_qr_payment.OPERATION,
            get_qr_payment._get_kwargs(
                bank_account_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        bank_account_id: int,
        payment_id: int | str,
        *,
        body: QrPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Update QR payment: the whole response (status, headers, parsed body)."""
        return self._send(
            update_qr_payment.OPERATION,
            update_qr_payment._get_kwargs(
                bank_account_id,
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncQrPaymentsResource(AsyncResource):
    """QrPayments, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncQrPaymentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncQrPaymentsDetailed(self._runner)

    async def create(
        self,
        bank_account_id: int,
        *,
        body: QrPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Create QR payment

        This action creates a new payment for the selected bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        POST /3.0/banking/bank_accounts/{bank_account_id}/qr_payments (createQrPayment)

        Args:
            bank_account_id (int):
            body: the request body: QrPaymentCreate, or dicts
                checked against it (an unknown key is a TypeError).
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
                create_qr_payment.OPERATION,
                create_qr_payment._get_kwargs(
                    bank_account_id,
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
        bank_account_id: int,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Get QR payment

        This action fetches an IBAN payment which is associated to the specified bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        GET /3.0/banking/bank_accounts/{bank_account_id}/qr_payments/{payment_id} (getQrPayment)

        Args:
            bank_account_id (int):
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
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_qr_payment.OPERATION,
                get_qr_payment._get_kwargs(
                    bank_account_id,
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
        bank_account_id: int,
        payment_id: int | str,
        *,
        body: QrPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Update QR payment

        This action updates an existing payment for the selected bank account. Please note that a payment
        can only be edited, when the status is "open".

        Please note that you do not have to provide all fields to update a payment.

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        PATCH /3.0/banking/bank_accounts/{bank_account_id}/qr_payments/{payment_id} (updateQrPayment)

        Args:
            bank_account_id (int):
            payment_id (int | str):
            body: the request body: QrPaymentEdit, or dicts
                checked against it (an unknown key is a TypeError).
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
                update_qr_payment.OPERATION,
                update_qr_payment._get_kwargs(
                    bank_account_id,
                    payment_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncQrPaymentsDetailed(AsyncResource):
    """QrPayments operations for asyncio, answering the whole `Response`."""

    async def create(
        self,
        bank_account_id: int,
        *,
        body: QrPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Create QR payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_qr_payment.OPERATION,
            create_qr_payment._get_kwargs(
                bank_account_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        bank_account_id: int,
        payment_id: int | str,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Get QR payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_qr_payment.OPERATION,
            get_qr_payment._get_kwargs(
                bank_account_id,
                payment_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        bank_account_id: int,
        payment_id: int | str,
        *,
        body: QrPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Update QR payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_qr_payment.OPERATION,
            update_qr_payment._get_kwargs(
                bank_account_id,
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
