"""Employees: the operations of this section of bexio's reference, as methods of `bexio.employees`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.employee_list import EmployeeList
from ...models.employee_with_extras import EmployeeWithExtras
from ...models.employee_write import EmployeeWrite
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset
from . import (
    create_employee,
    get_employee,
    list_employees,
    update_employee,
)


class EmployeesResource(SyncResource):
    """Employees: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> EmployeesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return EmployeesDetailed(self._runner)

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmployeeList:
        """Retrieves all active employees

        Retrieves all active employees. (The document gives this operation no text of its own.)

        GET /4.0/payroll/employees (listEmployees)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EmployeeList

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
            list_employees.OPERATION,
            list_employees._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmployeeWithExtras:
        """Create employee

        Creates an employee.

        POST /4.0/payroll/employees (createEmployee)

        Args:
            body: the request body: EmployeeWrite, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EmployeeWithExtras

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            BadRequestError: 400 Malformed content (missing or invalid parameters)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            create_employee.OPERATION,
            create_employee._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def get(
        self,
        employee_id: UUID,
        *,
        date: datetime.date,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmployeeWithExtras:
        """Retrieve a single employee on a specific date

        Retrieves an employee as of the given date.

        GET /4.0/payroll/employees/{employee_id} (getEmployee)

        Args:
            employee_id (UUID):
            date (datetime.date):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EmployeeWithExtras

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
            get_employee.OPERATION,
            get_employee._get_kwargs(
                employee_id,
                date=date,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        employee_id: UUID,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Update employee

        Changes the master data of an employee. (The changelog of 2025-07-08 names the address fields in
        this operation's response; the document answers 204 without a body, §5 #3.)

        PATCH /4.0/payroll/employees/{employee_id} (updateEmployee)

        Args:
            employee_id (UUID):
            body: the request body: EmployeeWrite, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            None

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            BadRequestError: 400 Malformed content (missing or invalid parameters)
            NotFoundError: 404 Employee with given id not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            update_employee.OPERATION,
            update_employee._get_kwargs(
                employee_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class EmployeesDetailed(SyncResource):
    """Employees operations answering the whole `Response`: `bexio.employees.detailed.<method>(...)`."""

    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EmployeeList]:
        """Retrieves all active employees: the whole response (status, headers, parsed body)."""
        return self._send(
            list_employees.OPERATION,
            list_employees._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EmployeeWithExtras]:
        """Create employee: the whole response (status, headers, parsed body)."""
        return self._send(
            create_employee.OPERATION,
            create_employee._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def get(
        self,
        employee_id: UUID,
        *,
        date: datetime.date,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EmployeeWithExtras]:
        """Retrieve a single employee on a specific date: the whole response (status, headers, parsed body)."""
        return self._send(
            get_employee.OPERATION,
            get_employee._get_kwargs(
                employee_id,
                date=date,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        employee_id: UUID,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Update employee: the whole response (status, headers, parsed body)."""
        return self._send(
            update_employee.OPERATION,
            update_employee._get_kwargs(
                employee_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncEmployeesResource(AsyncResource):
    """Employees, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncEmployeesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncEmployeesDetailed(self._runner)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmployeeList:
        """Retrieves all active employees

        Retrieves all active employees. (The document gives this operation no text of its own.)

        GET /4.0/payroll/employees (listEmployees)

        Args:
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EmployeeList

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
                list_employees.OPERATION,
                list_employees._get_kwargs(),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create(
        self,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmployeeWithExtras:
        """Create employee

        Creates an employee.

        POST /4.0/payroll/employees (createEmployee)

        Args:
            body: the request body: EmployeeWrite, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EmployeeWithExtras

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            NotFoundError: 404 The resource could not be found / is unknown
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            BadRequestError: 400 Malformed content (missing or invalid parameters)
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                create_employee.OPERATION,
                create_employee._get_kwargs(
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
        employee_id: UUID,
        *,
        date: datetime.date,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmployeeWithExtras:
        """Retrieve a single employee on a specific date

        Retrieves an employee as of the given date.

        GET /4.0/payroll/employees/{employee_id} (getEmployee)

        Args:
            employee_id (UUID):
            date (datetime.date):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            EmployeeWithExtras

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
                get_employee.OPERATION,
                get_employee._get_kwargs(
                    employee_id,
                    date=date,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def update(
        self,
        employee_id: UUID,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Update employee

        Changes the master data of an employee. (The changelog of 2025-07-08 names the address fields in
        this operation's response; the document answers 204 without a body, §5 #3.)

        PATCH /4.0/payroll/employees/{employee_id} (updateEmployee)

        Args:
            employee_id (UUID):
            body: the request body: EmployeeWrite, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            None

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            BadRequestError: 400 Malformed content (missing or invalid parameters)
            NotFoundError: 404 Employee with given id not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                update_employee.OPERATION,
                update_employee._get_kwargs(
                    employee_id,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncEmployeesDetailed(AsyncResource):
    """Employees operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EmployeeList]:
        """Retrieves all active employees: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_employees.OPERATION,
            list_employees._get_kwargs(),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EmployeeWithExtras]:
        """Create employee: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_employee.OPERATION,
            create_employee._get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def get(
        self,
        employee_id: UUID,
        *,
        date: datetime.date,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[EmployeeWithExtras]:
        """Retrieve a single employee on a specific date: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_employee.OPERATION,
            get_employee._get_kwargs(
                employee_id,
                date=date,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        employee_id: UUID,
        *,
        body: EmployeeWrite | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Update employee: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_employee.OPERATION,
            update_employee._get_kwargs(
                employee_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
