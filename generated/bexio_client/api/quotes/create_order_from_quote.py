from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.kb_document_position_selection import KbDocumentPositionSelection
from ...models.order import Order
from ...types import UNSET, Response, Unset


def _get_kwargs(
    quote_id: int,
    *,
    body: KbDocumentPositionSelection | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/kb_offer/{quote_id}/order".format(
            quote_id=quote(str(quote_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Order | None:
    if response.status_code == 201:
        response_201 = Order.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    body: KbDocumentPositionSelection | Unset = UNSET,
) -> Response[Error | Order]:
    """Create order from quote

     This action creates an order from a quote.

    Args:
        quote_id (int):
        body (KbDocumentPositionSelection | Unset): Which positions of the source document the new
            document takes. Please note that the positions array can be omitted to create a document
            with all positions from the source document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    body: KbDocumentPositionSelection | Unset = UNSET,
) -> Error | Order | None:
    """Create order from quote

     This action creates an order from a quote.

    Args:
        quote_id (int):
        body (KbDocumentPositionSelection | Unset): Which positions of the source document the new
            document takes. Please note that the positions array can be omitted to create a document
            with all positions from the source document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return sync_detailed(
        quote_id=quote_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    body: KbDocumentPositionSelection | Unset = UNSET,
) -> Response[Error | Order]:
    """Create order from quote

     This action creates an order from a quote.

    Args:
        quote_id (int):
        body (KbDocumentPositionSelection | Unset): Which positions of the source document the new
            document takes. Please note that the positions array can be omitted to create a document
            with all positions from the source document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        quote_id=quote_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quote_id: int,
    *,
    client: AuthenticatedClient,
    body: KbDocumentPositionSelection | Unset = UNSET,
) -> Error | Order | None:
    """Create order from quote

     This action creates an order from a quote.

    Args:
        quote_id (int):
        body (KbDocumentPositionSelection | Unset): Which positions of the source document the new
            document takes. Please note that the positions array can be omitted to create a document
            with all positions from the source document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Order
    """

    return (
        await asyncio_detailed(
            quote_id=quote_id,
            client=client,
            body=body,
        )
    ).parsed
