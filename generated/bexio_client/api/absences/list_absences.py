from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.absence_list import AbsenceList
from ...models.error import Error
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    employee_id: UUID,
    *,
    business_year: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["businessYear"] = business_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees/{employee_id}/absences".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AbsenceList | Error | Problem | None:
    if response.status_code == 200:
        response_200 = AbsenceList.from_dict(response.json())

        return response_200

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
) -> Response[AbsenceList | Error | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    business_year: int,
) -> Response[AbsenceList | Error | Problem]:
    """Retrieving absences of employee for given year

     Retrieves the absences of an employee in one business year.

    Args:
        employee_id (UUID):
        business_year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbsenceList | Error | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        business_year=business_year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    business_year: int,
) -> AbsenceList | Error | Problem | None:
    """Retrieving absences of employee for given year

     Retrieves the absences of an employee in one business year.

    Args:
        employee_id (UUID):
        business_year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbsenceList | Error | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        client=client,
        business_year=business_year,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    business_year: int,
) -> Response[AbsenceList | Error | Problem]:
    """Retrieving absences of employee for given year

     Retrieves the absences of an employee in one business year.

    Args:
        employee_id (UUID):
        business_year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbsenceList | Error | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        business_year=business_year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    business_year: int,
) -> AbsenceList | Error | Problem | None:
    """Retrieving absences of employee for given year

     Retrieves the absences of an employee in one business year.

    Args:
        employee_id (UUID):
        business_year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbsenceList | Error | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            client=client,
            business_year=business_year,
        )
    ).parsed
