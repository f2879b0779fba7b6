from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.stock_location import StockLocation
from ...models.stock_location_search_criterion import StockLocationSearchCriterion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[StockLocationSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/stock/search",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[StockLocation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StockLocation.from_dict(response_200_item_data)

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
) -> Response[Error | list[StockLocation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[StockLocationSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> Response[Error | list[StockLocation]]:
    """Search stock locations

     Search stock locations via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * name

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        body (list[StockLocationSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[StockLocation]]
    """

    kwargs = _get_kwargs(
        body=body,
        order_by=order_by,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[StockLocationSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> Error | list[StockLocation] | None:
    """Search stock locations

     Search stock locations via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * name

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        body (list[StockLocationSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[StockLocation]
    """

    return sync_detailed(
        client=client,
        body=body,
        order_by=order_by,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[StockLocationSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> Response[Error | list[StockLocation]]:
    """Search stock locations

     Search stock locations via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * name

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        body (list[StockLocationSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[StockLocation]]
    """

    kwargs = _get_kwargs(
        body=body,
        order_by=order_by,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[StockLocationSearchCriterion],
    order_by: str | Unset = "id",
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> Error | list[StockLocation] | None:
    """Search stock locations

     Search stock locations via query. Please refer to the Search section for detailed instructions.
    The following search fields are supported:

    * name

    Args:
        order_by (str | Unset):  Default: 'id'.
        limit (int | Unset):  Default: 500.
        offset (int | Unset):  Default: 0.
        body (list[StockLocationSearchCriterion]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[StockLocation]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            order_by=order_by,
            limit=limit,
            offset=offset,
        )
    ).parsed
