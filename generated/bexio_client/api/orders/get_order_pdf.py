from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_order_pdf_logopaper import GetOrderPdfLogopaper
from ...models.kb_document_pdf import KbDocumentPdf
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: int,
    *,
    logopaper: GetOrderPdfLogopaper | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_logopaper: int | Unset = UNSET
    if not isinstance(logopaper, Unset):
        json_logopaper = logopaper

    params["logopaper"] = json_logopaper

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_order/{order_id}/pdf".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | KbDocumentPdf | None:
    if response.status_code == 200:
        response_200 = KbDocumentPdf.from_dict(response.json())

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
) -> Response[Error | KbDocumentPdf]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient,
    logopaper: GetOrderPdfLogopaper | Unset = UNSET,
) -> Response[Error | KbDocumentPdf]:
    """Show PDF

     This action returns a pdf document of the order.

    Args:
        order_id (int):
        logopaper (GetOrderPdfLogopaper | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KbDocumentPdf]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        logopaper=logopaper,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient,
    logopaper: GetOrderPdfLogopaper | Unset = UNSET,
) -> Error | KbDocumentPdf | None:
    """Show PDF

     This action returns a pdf document of the order.

    Args:
        order_id (int):
        logopaper (GetOrderPdfLogopaper | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KbDocumentPdf
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        logopaper=logopaper,
    ).parsed


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient,
    logopaper: GetOrderPdfLogopaper | Unset = UNSET,
) -> Response[Error | KbDocumentPdf]:
    """Show PDF

     This action returns a pdf document of the order.

    Args:
        order_id (int):
        logopaper (GetOrderPdfLogopaper | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KbDocumentPdf]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        logopaper=logopaper,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient,
    logopaper: GetOrderPdfLogopaper | Unset = UNSET,
) -> Error | KbDocumentPdf | None:
    """Show PDF

     This action returns a pdf document of the order.

    Args:
        order_id (int):
        logopaper (GetOrderPdfLogopaper | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KbDocumentPdf
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            logopaper=logopaper,
        )
    ).parsed
