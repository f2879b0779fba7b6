from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.payment_view import PaymentView
from ...types import Response


def _get_kwargs(
    payment_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/banking/payments/{payment_id}/cancel".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PaymentView | None:
    if response.status_code == 200:
        response_200 = PaymentView.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PaymentView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PaymentView]:
    """Cancel a payment

     This action cancels a payment. A payment can only be cancelled when the status is "downloaded",
    "transferred" or "error". (Those are the status names of the removed 3.0 payments; the 4.0 statuses
    are open, transmitted, downloaded, paid, failed and cancelled, so read "transmitted" and "failed"
    for the last two.)

    Args:
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaymentView]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | PaymentView | None:
    """Cancel a payment

     This action cancels a payment. A payment can only be cancelled when the status is "downloaded",
    "transferred" or "error". (Those are the status names of the removed 3.0 payments; the 4.0 statuses
    are open, transmitted, downloaded, paid, failed and cancelled, so read "transmitted" and "failed"
    for the last two.)

    Args:
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaymentView
    """

    return sync_detailed(
        payment_id=payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Error | PaymentView]:
    """Cancel a payment

     This action cancels a payment. A payment can only be cancelled when the status is "downloaded",
    "transferred" or "error". (Those are the status names of the removed 3.0 payments; the 4.0 statuses
    are open, transmitted, downloaded, paid, failed and cancelled, so read "transmitted" and "failed"
    for the last two.)

    Args:
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaymentView]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Error | PaymentView | None:
    """Cancel a payment

     This action cancels a payment. A payment can only be cancelled when the status is "downloaded",
    "transferred" or "error". (Those are the status names of the removed 3.0 payments; the 4.0 statuses
    are open, transmitted, downloaded, paid, failed and cancelled, so read "transmitted" and "failed"
    for the last two.)

    Args:
        payment_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaymentView
    """

    return (
        await asyncio_detailed(
            payment_id=payment_id,
            client=client,
        )
    ).parsed
