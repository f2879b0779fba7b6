"""Documents: the operations of this section of bexio's reference, as methods of `bexio.documents`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from io import BytesIO
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.get_paystub_pdf_response_200 import GetPaystubPdfResponse200
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset
from . import (
    download_paystub_pdf,
    get_paystub_pdf,
)


class DocumentsResource(SyncResource):
    """Documents: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> DocumentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return DocumentsDetailed(self._runner)

    def download_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> File:
        """Download paystub pdf for employee for given month

        Returns the paystub of one month of an employee as a PDF file, the response body being the file
        (added 2026-05-26).

        GET /4.0/payroll/employees/{employee_id}/paystub-pdf-download/{year}/{month} (downloadPaystubPdf)

        Args:
            employee_id (UUID):
            year (int):
            month (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            File

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee with given id not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            download_paystub_pdf.OPERATION,
            download_paystub_pdf._get_kwargs(
                employee_id,
                year,
                month,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetPaystubPdfResponse200:
        """Deprecated: Retrieving pdf for employee for given month

        Generates the paystub of one month of an employee as a PDF file and returns where to fetch it.
        **Deprecated** on 2026-05-26 in favour of "Download paystub pdf for employee for given month" (`GET
        /4.0/payroll/employees/{employeeId}/paystub-pdf-download/{year}/{month}`), which returns the PDF
        itself.

        GET /4.0/payroll/employees/{employee_id}/paystub-pdf/{year}/{month} (getPaystubPdf)

        Args:
            employee_id (UUID):
            year (int):
            month (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            GetPaystubPdfResponse200

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee with given id not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_paystub_pdf.OPERATION,
            get_paystub_pdf._get_kwargs(
                employee_id,
                year,
                month,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class DocumentsDetailed(SyncResource):
    """Documents operations answering the whole `Response`: `bexio.documents.detailed.<method>(...)`."""

    def download_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[File]:
        """Download paystub pdf for employee for given month: the whole response (status, headers, parsed body)."""
        return self._send(
            download_paystub_pdf.OPERATION,
            download_paystub_pdf._get_kwargs(
                employee_id,
                year,
                month,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[GetPaystubPdfResponse200]:
        """Retrieving pdf for employee for given month: the whole response (status, headers, parsed body)."""
        return self._send(
            get_paystub_pdf.OPERATION,
            get_paystub_pdf._get_kwargs(
                employee_id,
                year,
                month,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncDocumentsResource(AsyncResource):
    """Documents, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncDocumentsDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncDocumentsDetailed(self._runner)

    async def download_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> File:
        """Download paystub pdf for employee for given month

        Returns the paystub of one month of an employee as a PDF file, the response body being the file
        (added 2026-05-26).

        GET /4.0/payroll/employees/{employee_id}/paystub-pdf-download/{year}/{month} (downloadPaystubPdf)

        Args:
            employee_id (UUID):
            year (int):
            month (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            File

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee with given id not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                download_paystub_pdf.OPERATION,
                download_paystub_pdf._get_kwargs(
                    employee_id,
                    year,
                    month,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def get_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetPaystubPdfResponse200:
        """Deprecated: Retrieving pdf for employee for given month

        Generates the paystub of one month of an employee as a PDF file and returns where to fetch it.
        **Deprecated** on 2026-05-26 in favour of "Download paystub pdf for employee for given month" (`GET
        /4.0/payroll/employees/{employeeId}/paystub-pdf-download/{year}/{month}`), which returns the PDF
        itself.

        GET /4.0/payroll/employees/{employee_id}/paystub-pdf/{year}/{month} (getPaystubPdf)

        Args:
            employee_id (UUID):
            year (int):
            month (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            GetPaystubPdfResponse200

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee with given id not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_paystub_pdf.OPERATION,
                get_paystub_pdf._get_kwargs(
                    employee_id,
                    year,
                    month,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncDocumentsDetailed(AsyncResource):
    """Documents operations for asyncio, answering the whole `Response`."""

    async def download_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[File]:
        """Download paystub pdf for employee for given month: the whole response (status, headers, parsed body)."""
        return await self._send(
            download_paystub_pdf.OPERATION,
            download_paystub_pdf._get_kwargs(
                employee_id,
                year,
                month,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get_paystub_pdf(
        self,
        employee_id: UUID,
        year: int,
        month: int,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[GetPaystubPdfResponse200]:
        """Retrieving pdf for employee for given month: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_paystub_pdf.OPERATION,
            get_paystub_pdf._get_kwargs(
                employee_id,
                year,
                month,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
