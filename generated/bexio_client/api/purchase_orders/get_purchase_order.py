from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order import PurchaseOrder
from ...types import Response


def _get_kwargs(
    purchase_order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/purchase_orders/{purchase_order_id}".format(
            purchase_order_id=quote(str(purchase_order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PurchaseOrder | None:
    if response.status_code == 200:
        response_200 = PurchaseOrder.from_dict(response.json())

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
) -> Response[Error | PurchaseOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    purchase_order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PurchaseOrder]:
    """Fetch a single purchase order

     This action fetches a single purchase order

    Args:
        purchase_order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
        purchase_order_id=purchase_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    purchase_order_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | PurchaseOrder | None:
    """Fetch a single purchase order

     This action fetches a single purchase order

    Args:
        purchase_order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseOrder
    """

    return sync_detailed(
        purchase_order_id=purchase_order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    purchase_order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PurchaseOrder]:
    """Fetch a single purchase order

     This action fetches a single purchase order

    Args:
        purchase_order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
        purchase_order_id=purchase_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    purchase_order_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | PurchaseOrder | None:
    """Fetch a single purchase order

     This action fetches a single purchase order

    Args:
        purchase_order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseOrder
    """

    return (
        await asyncio_detailed(
            purchase_order_id=purchase_order_id,
            client=client,
        )
    ).parsed
