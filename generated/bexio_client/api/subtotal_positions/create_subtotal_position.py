from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_subtotal import KbPositionSubtotal
from ...models.subtotal_position_create import SubtotalPositionCreate
from ...types import Response


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    body: SubtotalPositionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_subtotal".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KbPositionSubtotal | None:
    if response.status_code == 201:
        response_201 = KbPositionSubtotal.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | KbPositionSubtotal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: SubtotalPositionCreate,
) -> Response[Error | KbPositionSubtotal]:
    """Create a subtotal position

     This action creates a new subtotal position for a document

    If you have an invoice with ID 4 you should replace the path parameter kb_document_type
    with kb_invoice and replace the path parameter document_id with 4.

    Args:
        kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
            and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
        document_id (int):
        body (SubtotalPositionCreate): A subtotal position as sent to create or edit it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KbPositionSubtotal]
    """

    kwargs = _get_kwargs(
        kb_document_type=kb_document_type,
        document_id=document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: SubtotalPositionCreate,
) -> Error | KbPositionSubtotal | None:
    """Create a subtotal position

     This action creates a new subtotal position for a document

    If you have an invoice with ID 4 you should replace the path parameter kb_document_type
    with kb_invoice and replace the path parameter document_id with 4.

    Args:
        kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
            and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
        document_id (int):
        body (SubtotalPositionCreate): A subtotal position as sent to create or edit it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KbPositionSubtotal
    """

    return sync_detailed(
        kb_document_type=kb_document_type,
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: SubtotalPositionCreate,
) -> Response[Error | KbPositionSubtotal]:
    """Create a subtotal position

     This action creates a new subtotal position for a document

    If you have an invoice with ID 4 you should replace the path parameter kb_document_type
    with kb_invoice and replace the path parameter document_id with 4.

    Args:
        kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
            and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
        document_id (int):
        body (SubtotalPositionCreate): A subtotal position as sent to create or edit it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KbPositionSubtotal]
    """

    kwargs = _get_kwargs(
        kb_document_type=kb_document_type,
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: SubtotalPositionCreate,
) -> Error | KbPositionSubtotal | None:
    """Create a subtotal position

     This action creates a new subtotal position for a document

    If you have an invoice with ID 4 you should replace the path parameter kb_document_type
    with kb_invoice and replace the path parameter document_id with 4.

    Args:
        kb_document_type (KbDocumentType): The type of a sales document in the paths of positions
            and comments: `kb_offer` (quote), `kb_order` (order) or `kb_invoice` (invoice).
        document_id (int):
        body (SubtotalPositionCreate): A subtotal position as sent to create or edit it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KbPositionSubtotal
    """

    return (
        await asyncio_detailed(
            kb_document_type=kb_document_type,
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
