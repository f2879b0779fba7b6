from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.problem import Problem
from ...types import File, Response


def _get_kwargs(
    employee_id: UUID,
    year: int,
    month: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees/{employee_id}/paystub-pdf-download/{year}/{month}".format(
            employee_id=quote(str(employee_id), safe=""),
            year=quote(str(year), safe=""),
            month=quote(str(month), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[Error | File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    employee_id: UUID,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File | Problem]:
    """Download paystub pdf for employee for given month

     Returns the paystub of one month of an employee as a PDF file, the response body being the file
    (added 2026-05-26).

    Args:
        employee_id (UUID):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        year=year,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    employee_id: UUID,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> Error | File | Problem | None:
    """Download paystub pdf for employee for given month

     Returns the paystub of one month of an employee as a PDF file, the response body being the file
    (added 2026-05-26).

    Args:
        employee_id (UUID):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | Problem
    """

    return sync_detailed(
        employee_id=employee_id,
        year=year,
        month=month,
        client=client,
    ).parsed


async def asyncio_detailed(
    employee_id: UUID,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File | Problem]:
    """Download paystub pdf for employee for given month

     Returns the paystub of one month of an employee as a PDF file, the response body being the file
    (added 2026-05-26).

    Args:
        employee_id (UUID):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        year=year,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    employee_id: UUID,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
) -> Error | File | Problem | None:
    """Download paystub pdf for employee for given month

     Returns the paystub of one month of an employee as a PDF file, the response body being the file
    (added 2026-05-26).

    Args:
        employee_id (UUID):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | Problem
    """

    return (
        await asyncio_detailed(
            employee_id=employee_id,
            year=year,
            month=month,
            client=client,
        )
    ).parsed
