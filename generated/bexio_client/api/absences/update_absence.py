from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.absence_full import AbsenceFull
from ...models.error import Error
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    employee_id: UUID,
    absence_id: UUID,
    *,
    body: AbsenceFull,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/payroll/employees/{employee_id}/absences/{absence_id}".format(
            employee_id=quote(str(employee_id), safe=""),
            absence_id=quote(str(absence_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: UUID,
    absence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AbsenceFull,
) -> Response[Any | Error | Problem]:
    """Updating existing absence

     Replaces an absence of an employee.

    Args:
        employee_id (UUID):
        absence_id (UUID):
        body (AbsenceFull): An absence with every field, as the update replaces it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        absence_id=absence_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    absence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AbsenceFull,
) -> Any | Error | Problem | None:
    """Updating existing absence

     Replaces an absence of an employee.

    Args:
        employee_id (UUID):
        absence_id (UUID):
        body (AbsenceFull): An absence with every field, as the update replaces it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        absence_id=absence_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    absence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AbsenceFull,
) -> Response[Any | Error | Problem]:
    """Updating existing absence

     Replaces an absence of an employee.

    Args:
        employee_id (UUID):
        absence_id (UUID):
        body (AbsenceFull): An absence with every field, as the update replaces it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        absence_id=absence_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    absence_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AbsenceFull,
) -> Any | Error | Problem | None:
    """Updating existing absence

     Replaces an absence of an employee.

    Args:
        employee_id (UUID):
        absence_id (UUID):
        body (AbsenceFull): An absence with every field, as the update replaces it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            absence_id=absence_id,
            client=client,
            body=body,
        )
    ).parsed
