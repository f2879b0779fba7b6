from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.payment_view import PaymentView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_by: str | Unset = UNSET,
    page: int | Unset = 0,
    per_page: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter-by"] = filter_by

    params["page"] = page

    params["per-page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/banking/payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PaymentView] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PaymentView.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | list[PaymentView]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_by: str | Unset = UNSET,
    page: int | Unset = 0,
    per_page: int | Unset = 500,
) -> Response[Error | list[PaymentView]]:
    """Fetch a list of all payments

     This action fetches the payments of the company's bank accounts, filterable with `filter-by`.

    Args:
        filter_by (str | Unset):
        page (int | Unset):  Default: 0.
        per_page (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PaymentView]]
    """

    kwargs = _get_kwargs(
        filter_by=filter_by,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_by: str | Unset = UNSET,
    page: int | Unset = 0,
    per_page: int | Unset = 500,
) -> Error | list[PaymentView] | None:
    """Fetch a list of all payments

     This action fetches the payments of the company's bank accounts, filterable with `filter-by`.

    Args:
        filter_by (str | Unset):
        page (int | Unset):  Default: 0.
        per_page (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PaymentView]
    """

    return sync_detailed(
        client=client,
        filter_by=filter_by,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_by: str | Unset = UNSET,
    page: int | Unset = 0,
    per_page: int | Unset = 500,
) -> Response[Error | list[PaymentView]]:
    """Fetch a list of all payments

     This action fetches the payments of the company's bank accounts, filterable with `filter-by`.

    Args:
        filter_by (str | Unset):
        page (int | Unset):  Default: 0.
        per_page (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PaymentView]]
    """

    kwargs = _get_kwargs(
        filter_by=filter_by,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_by: str | Unset = UNSET,
    page: int | Unset = 0,
    per_page: int | Unset = 500,
) -> Error | list[PaymentView] | None:
    """Fetch a list of all payments

     This action fetches the payments of the company's bank accounts, filterable with `filter-by`.

    Args:
        filter_by (str | Unset):
        page (int | Unset):  Default: 0.
        per_page (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PaymentView]
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_by=filter_by,
            page=page,
            per_page=per_page,
        )
    ).parsed
