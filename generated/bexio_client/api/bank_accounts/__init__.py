"""BankAccounts: the operations of this section of bexio's reference, as methods of `bexio.bank_accounts`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.bank_account import BankAccount
from ...types import UNSET, File, Response, Unset
from . import (
    get_bank_account,
    list_bank_accounts,
)


class BankAccountsResource(SyncResource):
    """BankAccounts: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> BankAccountsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return BankAccountsDetailed(self._runner)

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[BankAccount]:
        """Fetch a list of bank accounts

        This action fetches a list of all bank accounts which are shown on the banking component page

        GET /3.0/banking/accounts (listBankAccounts)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[BankAccount]

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
            list_bank_accounts.OPERATION,
            list_bank_accounts._get_kwargs(
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
        bank_account_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankAccount:
        """Fetch a single bank account

        This action fetches a single bank account which is shown on the banking component page

        GET /3.0/banking/accounts/{bank_account_id} (getBankAccount)

        Args:
            bank_account_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            BankAccount

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
            get_bank_account.OPERATION,
            get_bank_account._get_kwargs(
                bank_account_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class BankAccountsDetailed(SyncResource):
    """BankAccounts operations answering the whole `Response`: `bexio.bank_accounts.detailed.<method>(...)`."""

    def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[BankAccount]]:
        """Fetch a list of bank accounts: the whole response (status, headers, parsed body)."""
        return self._send(
            list_bank_accounts.OPERATION,
            list_bank_accounts._get_kwargs(
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
        bank_account_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankAccount]:
        """Fetch a single bank account: the whole response (status, headers, parsed body)."""
        return self._send(
            get_bank_account.OPERATION,
            get_bank_account._get_kwargs(
                bank_account_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncBankAccountsResource(AsyncResource):
    """BankAccounts, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncBankAccountsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncBankAccountsDetailed(self._runner)

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[BankAccount]:
        """Fetch a list of bank accounts

        This action fetches a list of all bank accounts which are shown on the banking component page

        GET /3.0/banking/accounts (listBankAccounts)

        Args:
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[BankAccount]

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
                list_bank_accounts.OPERATION,
                list_bank_accounts._get_kwargs(
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
        bank_account_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BankAccount:
        """Fetch a single bank account

        This action fetches a single bank account which is shown on the banking component page

        GET /3.0/banking/accounts/{bank_account_id} (getBankAccount)

        Args:
            bank_account_id (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            BankAccount

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
                get_bank_account.OPERATION,
                get_bank_account._get_kwargs(
                    bank_account_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncBankAccountsDetailed(AsyncResource):
    """BankAccounts operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[BankAccount]]:
        """Fetch a list of bank accounts: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_bank_accounts.OPERATION,
            list_bank_accounts._get_kwargs(
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
        bank_account_id: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[BankAccount]:
        """Fetch a single bank account: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_bank_account.OPERATION,
            get_bank_account._get_kwargs(
                bank_account_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
