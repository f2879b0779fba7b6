"""IbanPayments: the operations of this section of bexio's reference, as methods of `bexio.iban_payments`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.bank_payment import BankPayment
from ...models.iban_payment_create import IbanPaymentCreate
from ...models.iban_payment_edit import IbanPaymentEdit
from ...types import UNSET, File, Response, Unset
from . import (
    create_iban_payment,
    get_iban_payment,
    update_iban_payment,
)


class IbanPaymentsResource(SyncResource):
    """IbanPayments: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> IbanPaymentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return IbanPaymentsDetailed(self._runner)

    def create(
        self,
        bank_account_id: int,
        *,
        body: IbanPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Create IBAN payment

        This action creates a new payment for the selected bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        POST /3.0/banking/bank_accounts/{bank_account_id}/iban_payments (createIbanPayment)

        Args:
            bank_account_id (int):
            body: the request body: IbanPaymentCreate, or dicts
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
            create_iban_payment.OPERATION,
            create_iban_payment._get_kwargs(
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
        """Deprecated: Get IBAN payment

        This action fetches an IBAN payment which is associated to the specified bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        GET /3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id} (getIbanPayment)

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
            get_iban_payment.OPERATION,
            get_iban_payment._get_kwargs(
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
        body: IbanPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Update IBAN payment

        This action updates an existing payment for the selected bank account. Please note that a payment
        can only be edited, when the status is "open".

        Please note that you do not have to provide all fields to update a payment.

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        PATCH /3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id} (updateIbanPayment)

        Args:
            bank_account_id (int):
            payment_id (int | str):
            body: the request body: IbanPaymentEdit, or dicts
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
            update_iban_payment.OPERATION,
            update_iban_payment._get_kwargs(
                bank_account_id,
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class IbanPaymentsDetailed(SyncResource):
    """IbanPayments operations answering the whole `Response`: `bexio.iban_payments.detailed.<method>(...)`."""

    def create(
        self,
        bank_account_id: int,
        *,
        body: IbanPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Create IBAN payment: the whole response (status, headers, parsed body)."""
        return self._send(
            create_iban_payment.OPERATION,
            create_iban_payment._get_kwargs(
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
        """Get IBAN payment: the whole response (status, headers, parsed body)."""
        return self._send(
            get_iban_payment.OPERATION,
            get_iban_payment._get_kwargs(
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
        body: IbanPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Update IBAN payment: the whole response (status, headers, parsed body)."""
        return self._send(
            update_iban_payment.OPERATION,
            update_iban_payment._get_kwargs(
                bank_account_id,
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncIbanPaymentsResource(AsyncResource):
    """IbanPayments, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncIbanPaymentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncIbanPaymentsDetailed(self._runner)

    async def create(
        self,
        bank_account_id: int,
        *,
        body: IbanPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Create IBAN payment

        This action creates a new payment for the selected bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        POST /3.0/banking/bank_accounts/{bank_account_id}/iban_payments (createIbanPayment)

        Args:
            bank_account_id (int):
            body: the request body: IbanPaymentCreate, or dicts
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
                create_iban_payment.OPERATION,
                create_iban_payment._get_kwargs(
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
        """Deprecated: Get IBAN payment

        This action fetches an IBAN payment which is associated to the specified bank account

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        GET /3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id} (getIbanPayment)

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
                get_iban_payment.OPERATION,
                get_iban_payment._get_kwargs(
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
        body: IbanPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankPayment:
        """Deprecated: Update IBAN payment

        This action updates an existing payment for the selected bank account. Please note that a payment
        can only be edited, when the status is "open".

        Please note that you do not have to provide all fields to update a payment.

        **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
        2026.

        PATCH /3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id} (updateIbanPayment)

        Args:
            bank_account_id (int):
            payment_id (int | str):
            body: the request body: IbanPaymentEdit, or dicts
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
                update_iban_payment.OPERATION,
                update_iban_payment._get_kwargs(
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


class AsyncIbanPaymentsDetailed(AsyncResource):
    """IbanPayments operations for asyncio, answering the whole `Response`."""

    async def create(
        self,
        bank_account_id: int,
        *,
        body: IbanPaymentCreate | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Create IBAN payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_iban_payment.OPERATION,
            create_iban_payment._get_kwargs(
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
        """Get IBAN payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_iban_payment.OPERATION,
            get_iban_payment._get_kwargs(
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
        body: IbanPaymentEdit | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankPayment]:
        """Update IBAN payment: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_iban_payment.OPERATION,
            update_iban_payment._get_kwargs(
                bank_account_id,
                payment_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
