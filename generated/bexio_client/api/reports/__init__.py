"""Reports: the operations of this section of bexio's reference, as methods of `bexio.reports`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.journal_booking import JournalBooking
from ...types import UNSET, File, Response, Unset
from . import (
    list_journal,
)


class ReportsResource(SyncResource):
    """Reports: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> ReportsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return ReportsDetailed(self._runner)

    def list_journal(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        account_uuid: UUID | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[JournalBooking]:
        """Journal

        This action fetches a list of all accounting journal bookings

        GET /3.0/accounting/journal (listJournal)

        Args:
            from_ (datetime.date | Unset):
            to (datetime.date | Unset):
            account_uuid (UUID | Unset):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[JournalBooking]

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
            list_journal.OPERATION,
            list_journal._get_kwargs(
                from_=from_,
                to=to,
                account_uuid=account_uuid,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class ReportsDetailed(SyncResource):
    """Reports operations answering the whole `Response`: `bexio.reports.detailed.<method>(...)`."""

    def list_journal(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        account_uuid: UUID | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[JournalBooking]]:
        """Journal: the whole response (status, headers, parsed body)."""
        return self._send(
            list_journal.OPERATION,
            list_journal._get_kwargs(
                from_=from_,
                to=to,
                account_uuid=account_uuid,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncReportsResource(AsyncResource):
    """Reports, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncReportsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncReportsDetailed(self._runner)

    async def list_journal(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        account_uuid: UUID | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[JournalBooking]:
        """Journal

        This action fetches a list of all accounting journal bookings

        GET /3.0/accounting/journal (listJournal)

        Args:
            from_ (datetime.date | Unset):
            to (datetime.date | Unset):
            account_uuid (UUID | Unset):
            limit (int | Unset):  Default: 500.
            offset (int | Unset):  Default: 0.
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            list[JournalBooking]

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
                list_journal.OPERATION,
                list_journal._get_kwargs(
                    from_=from_,
                    to=to,
                    account_uuid=account_uuid,
                    limit=limit,
                    offset=offset,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncReportsDetailed(AsyncResource):
    """Reports operations for asyncio, answering the whole `Response`."""

    async def list_journal(
        self,
        *,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        account_uuid: UUID | Unset = UNSET,
        limit: int | Unset = 500,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[list[JournalBooking]]:
        """Journal: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_journal.OPERATION,
            list_journal._get_kwargs(
                from_=from_,
                to=to,
                account_uuid=account_uuid,
                limit=limit,
                offset=offset,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
