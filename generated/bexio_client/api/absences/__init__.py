"""Absences: the operations of this section of bexio's reference, as methods of `bexio.absences`."""

# Annotations stay unevaluated: a method named `list` must not shadow the builtin in later ones.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from ..._resource import AsyncResource, SyncResource
from ...models.absence import Absence
from ...models.absence_full import AbsenceFull
from ...models.absence_list import AbsenceList
from ...models.absence_with_id import AbsenceWithId
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset
from . import (
    create_absence,
    delete_absence,
    get_absence,
    list_absences,
    update_absence,
)


class AbsencesResource(SyncResource):
    """Absences: call a method for the parsed result; `.detailed.<method>(...)` for the whole response."""

    @cached_property
    def detailed(self) -> AbsencesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AbsencesDetailed(self._runner)

    def list(
        self,
        employee_id: UUID,
        *,
        business_year: int,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AbsenceList:
        """Retrieving absences of employee for given year

        Retrieves the absences of an employee in one business year.

        GET /4.0/payroll/employees/{employee_id}/absences (listAbsences)

        Args:
            employee_id (UUID):
            business_year (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AbsenceList

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            list_absences.OPERATION,
            list_absences._get_kwargs(
                employee_id,
                business_year=business_year,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def create(
        self,
        employee_id: UUID,
        *,
        body: Absence | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AbsenceWithId:
        """Create absence for employee

        Records an absence of an employee.

        POST /4.0/payroll/employees/{employee_id}/absences (createAbsence)

        Args:
            employee_id (UUID):
            body: the request body: Absence, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AbsenceWithId

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            BadRequestError: 400 Malformed content (missing or invalid parameters)
            NotFoundError: 404 Employee not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            create_absence.OPERATION,
            create_absence._get_kwargs(
                employee_id,
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
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AbsenceWithId:
        """Retrieving absence for employee with given absence id

        Retrieves one absence of an employee.

        GET /4.0/payroll/employees/{employee_id}/absences/{absence_id} (getAbsence)

        Args:
            employee_id (UUID):
            absence_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AbsenceWithId

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee or absence not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            get_absence.OPERATION,
            get_absence._get_kwargs(
                employee_id,
                absence_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def update(
        self,
        employee_id: UUID,
        absence_id: UUID,
        *,
        body: AbsenceFull | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Updating existing absence

        Replaces an absence of an employee.

        PUT /4.0/payroll/employees/{employee_id}/absences/{absence_id} (updateAbsence)

        Args:
            employee_id (UUID):
            absence_id (UUID):
            body: the request body: AbsenceFull, or dicts
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
            NotFoundError: 404 Employee or absence not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            update_absence.OPERATION,
            update_absence._get_kwargs(
                employee_id,
                absence_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed

    def delete(
        self,
        employee_id: UUID,
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Deleting employee absence with given id

        Deletes an absence of an employee.

        DELETE /4.0/payroll/employees/{employee_id}/absences/{absence_id} (deleteAbsence)

        Args:
            employee_id (UUID):
            absence_id (UUID):
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
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee or absence not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return self._send(
            delete_absence.OPERATION,
            delete_absence._get_kwargs(
                employee_id,
                absence_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        ).parsed


class AbsencesDetailed(SyncResource):
    """Absences operations answering the whole `Response`: `bexio.absences.detailed.<method>(...)`."""

    def list(
        self,
        employee_id: UUID,
        *,
        business_year: int,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AbsenceList]:
        """Retrieving absences of employee for given year: the whole response (status, headers, parsed body)."""
        return self._send(
            list_absences.OPERATION,
            list_absences._get_kwargs(
                employee_id,
                business_year=business_year,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        employee_id: UUID,
        *,
        body: Absence | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AbsenceWithId]:
        """Create absence for employee: the whole response (status, headers, parsed body)."""
        return self._send(
            create_absence.OPERATION,
            create_absence._get_kwargs(
                employee_id,
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
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AbsenceWithId]:
        """Retrieving absence for employee with given absence id: the whole response (status, headers, parsed body)."""
        return self._send(
            get_absence.OPERATION,
            get_absence._get_kwargs(
                employee_id,
                absence_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        employee_id: UUID,
        absence_id: UUID,
        *,
        body: AbsenceFull | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Updating existing absence: the whole response (status, headers, parsed body)."""
        return self._send(
            update_absence.OPERATION,
            update_absence._get_kwargs(
                employee_id,
                absence_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        employee_id: UUID,
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Deleting employee absence with given id: the whole response (status, headers, parsed body)."""
        return self._send(
            delete_absence.OPERATION,
            delete_absence._get_kwargs(
                employee_id,
                absence_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncAbsencesResource(AsyncResource):
    """Absences, for asyncio: `await` a method for the parsed result; `.detailed.<method>(...)` for the response."""

    @cached_property
    def detailed(self) -> AsyncAbsencesDetailed:
        """The same methods, answering the whole `Response` (status code, headers, parsed body)."""
        return AsyncAbsencesDetailed(self._runner)

    async def list(
        self,
        employee_id: UUID,
        *,
        business_year: int,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AbsenceList:
        """Retrieving absences of employee for given year

        Retrieves the absences of an employee in one business year.

        GET /4.0/payroll/employees/{employee_id}/absences (listAbsences)

        Args:
            employee_id (UUID):
            business_year (int):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AbsenceList

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                list_absences.OPERATION,
                list_absences._get_kwargs(
                    employee_id,
                    business_year=business_year,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed

    async def create(
        self,
        employee_id: UUID,
        *,
        body: Absence | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AbsenceWithId:
        """Create absence for employee

        Records an absence of an employee.

        POST /4.0/payroll/employees/{employee_id}/absences (createAbsence)

        Args:
            employee_id (UUID):
            body: the request body: Absence, or dicts
                checked against it (an unknown key is a TypeError).
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AbsenceWithId

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            UnsupportedMediaTypeError: 415 The data could not be processed or the accept header is invalid
            ValidationError: 422 Could not save the entity
            BadRequestError: 400 Malformed content (missing or invalid parameters)
            NotFoundError: 404 Employee not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                create_absence.OPERATION,
                create_absence._get_kwargs(
                    employee_id,
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
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AbsenceWithId:
        """Retrieving absence for employee with given absence id

        Retrieves one absence of an employee.

        GET /4.0/payroll/employees/{employee_id}/absences/{absence_id} (getAbsence)

        Args:
            employee_id (UUID):
            absence_id (UUID):
            timeout, extra_headers, extra_query, extra_body: options of this call (extra_body fields are merged
                into the JSON body: a field bexio added that this client does not know yet).

        Returns:
            AbsenceWithId

        Raises:
            AuthenticationError: 401 The bearer token or the provided api key is invalid
            PermissionDeniedError: 403 You do not possess the required rights to access this resource
            RateLimitError: 429 Too many requests
            ServerError: 500 An unexpected condition was encountered
            ServerError: 503 The server is not available (maintenance work)
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee or absence not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                get_absence.OPERATION,
                get_absence._get_kwargs(
                    employee_id,
                    absence_id,
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
        absence_id: UUID,
        *,
        body: AbsenceFull | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Updating existing absence

        Replaces an absence of an employee.

        PUT /4.0/payroll/employees/{employee_id}/absences/{absence_id} (updateAbsence)

        Args:
            employee_id (UUID):
            absence_id (UUID):
            body: the request body: AbsenceFull, or dicts
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
            NotFoundError: 404 Employee or absence not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                update_absence.OPERATION,
                update_absence._get_kwargs(
                    employee_id,
                    absence_id,
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
        employee_id: UUID,
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Deleting employee absence with given id

        Deletes an absence of an employee.

        DELETE /4.0/payroll/employees/{employee_id}/absences/{absence_id} (deleteAbsence)

        Args:
            employee_id (UUID):
            absence_id (UUID):
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
            BadRequestError: 400 Malformed request (missing or invalid parameters)
            NotFoundError: 404 Employee or absence not found
            BexioError: 410 Employee has been deleted
            ResponseValidationError: the answer is not JSON (or, with `strict=True`, departs from the spec).
            APIConnectionError: bexio could not be reached, after the retries.

        """
        return (
            await self._send(
                delete_absence.OPERATION,
                delete_absence._get_kwargs(
                    employee_id,
                    absence_id,
                ),
                timeout,
                extra_headers,
                extra_query,
                extra_body,
            )
        ).parsed


class AsyncAbsencesDetailed(AsyncResource):
    """Absences operations for asyncio, answering the whole `Response`."""

    async def list(
        self,
        employee_id: UUID,
        *,
        business_year: int,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AbsenceList]:
        """Retrieving absences of employee for given year: the whole response (status, headers, parsed body)."""
        return await self._send(
            list_absences.OPERATION,
            list_absences._get_kwargs(
                employee_id,
                business_year=business_year,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        employee_id: UUID,
        *,
        body: Absence | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AbsenceWithId]:
        """Create absence for employee: the whole response (status, headers, parsed body)."""
        return await self._send(
            create_absence.OPERATION,
            create_absence._get_kwargs(
                employee_id,
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
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[AbsenceWithId]:
        """Retrieving absence for employee with given absence id: the whole response (status, headers, parsed body)."""
        return await self._send(
            get_absence.OPERATION,
            get_absence._get_kwargs(
                employee_id,
                absence_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        employee_id: UUID,
        absence_id: UUID,
        *,
        body: AbsenceFull | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Updating existing absence: the whole response (status, headers, parsed body)."""
        return await self._send(
            update_absence.OPERATION,
            update_absence._get_kwargs(
                employee_id,
                absence_id,
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        employee_id: UUID,
        absence_id: UUID,
        *,
        timeout: float | httpx.Timeout | None | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Response[None]:
        """Deleting employee absence with given id: the whole response (status, headers, parsed body)."""
        return await self._send(
            delete_absence.OPERATION,
            delete_absence._get_kwargs(
                employee_id,
                absence_id,
            ),
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )
