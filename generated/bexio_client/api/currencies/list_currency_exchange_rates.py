import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.currency_exchange_rate import CurrencyExchangeRate
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    currency_id: int,
    *,
    date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/currencies/{currency_id}/exchange_rates".format(
            currency_id=quote(str(currency_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CurrencyExchangeRate] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CurrencyExchangeRate.from_dict(response_200_item_data)

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
) -> Response[Error | list[CurrencyExchangeRate]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    currency_id: int,
    *,
    client: AuthenticatedClient,
    date: datetime.date | Unset = UNSET,
) -> Response[Error | list[CurrencyExchangeRate]]:
    """Fetch exchange rates for currencies

     This action fetches all configured exchange rates for a given currency

    Args:
        currency_id (int):
        date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CurrencyExchangeRate]]
    """

    kwargs = _get_kwargs(
        currency_id=currency_id,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    currency_id: int,
    *,
    client: AuthenticatedClient,
    date: datetime.date | Unset = UNSET,
) -> Error | list[CurrencyExchangeRate] | None:
    """Fetch exchange rates for currencies

     This action fetches all configured exchange rates for a given currency

    Args:
        currency_id (int):
        date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CurrencyExchangeRate]
    """

    return sync_detailed(
        currency_id=currency_id,
        client=client,
        date=date,
    ).parsed


async def asyncio_detailed(
    currency_id: int,
    *,
    client: AuthenticatedClient,
    date: datetime.date | Unset = UNSET,
) -> Response[Error | list[CurrencyExchangeRate]]:
    """Fetch exchange rates for currencies

     This action fetches all configured exchange rates for a given currency

    Args:
        currency_id (int):
        date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CurrencyExchangeRate]]
    """

    kwargs = _get_kwargs(
        currency_id=currency_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    currency_id: int,
    *,
    client: AuthenticatedClient,
    date: datetime.date | Unset = UNSET,
) -> Error | list[CurrencyExchangeRate] | None:
    """Fetch exchange rates for currencies

     This action fetches all configured exchange rates for a given currency

    Args:
        currency_id (int):
        date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CurrencyExchangeRate]
    """

    return (
        await asyncio_detailed(
            currency_id=currency_id,
            client=client,
            date=date,
        )
    ).parsed
