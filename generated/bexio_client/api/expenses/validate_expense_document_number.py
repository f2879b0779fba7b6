from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_document_number_check import PurchaseDocumentNumberCheck
from ...types import UNSET, Response


def _get_kwargs(
    *,
    document_no: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["document_no"] = document_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/expenses/documentnumbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PurchaseDocumentNumberCheck | None:
    if response.status_code == 200:
        response_200 = PurchaseDocumentNumberCheck.from_dict(response.json())

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
) -> Response[Error | PurchaseDocumentNumberCheck]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    document_no: str,
) -> Response[Error | PurchaseDocumentNumberCheck]:
    """Validate whether document number is available or not

     Endpoint for retrieving validation for document number

    Args:
        document_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseDocumentNumberCheck]
    """

    kwargs = _get_kwargs(
        document_no=document_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    document_no: str,
) -> Error | PurchaseDocumentNumberCheck | None:
    """Validate whether document number is available or not

     Endpoint for retrieving validation for document number

    Args:
        document_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseDocumentNumberCheck
    """

    return sync_detailed(
        client=client,
        document_no=document_no,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    document_no: str,
) -> Response[Error | PurchaseDocumentNumberCheck]:
    """Validate whether document number is available or not

     Endpoint for retrieving validation for document number

    Args:
        document_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseDocumentNumberCheck]
    """

    kwargs = _get_kwargs(
        document_no=document_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    document_no: str,
) -> Error | PurchaseDocumentNumberCheck | None:
    """Validate whether document number is available or not

     Endpoint for retrieving validation for document number

    Args:
        document_no (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PurchaseDocumentNumberCheck
    """

    return (
        await asyncio_detailed(
            client=client,
            document_no=document_no,
        )
    ).parsed
