from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.outgoing_payment import OutgoingPayment
from ...models.outgoing_payment_edit import OutgoingPaymentEdit
from ...types import Response


def _get_kwargs(
    *,
    body: OutgoingPaymentEdit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/purchase/outgoing-payments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OutgoingPayment | None:
    if response.status_code == 200:
        response_200 = OutgoingPayment.from_dict(response.json())

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
) -> Response[Error | OutgoingPayment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OutgoingPaymentEdit,
) -> Response[Error | OutgoingPayment]:
    """Edit Outgoing Payment

     Endpoint for editing an existing Outgoing Payment of a Bill. The payment is named by `payment_id` in
    the body; the path has no id.

    Args:
        body (OutgoingPaymentEdit): The Outgoing Payment to edit, named by `payment_id`. Which of
            the optional fields are required or not allowed depends on the payment's type, as each
            field's description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OutgoingPayment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OutgoingPaymentEdit,
) -> Error | OutgoingPayment | None:
    """Edit Outgoing Payment

     Endpoint for editing an existing Outgoing Payment of a Bill. The payment is named by `payment_id` in
    the body; the path has no id.

    Args:
        body (OutgoingPaymentEdit): The Outgoing Payment to edit, named by `payment_id`. Which of
            the optional fields are required or not allowed depends on the payment's type, as each
            field's description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OutgoingPayment
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OutgoingPaymentEdit,
) -> Response[Error | OutgoingPayment]:
    """Edit Outgoing Payment

     Endpoint for editing an existing Outgoing Payment of a Bill. The payment is named by `payment_id` in
    the body; the path has no id.

    Args:
        body (OutgoingPaymentEdit): The Outgoing Payment to edit, named by `payment_id`. Which of
            the optional fields are required or not allowed depends on the payment's type, as each
            field's description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OutgoingPayment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OutgoingPaymentEdit,
) -> Error | OutgoingPayment | None:
    """Edit Outgoing Payment

     Endpoint for editing an existing Outgoing Payment of a Bill. The payment is named by `payment_id` in
    the body; the path has no id.

    Args:
        body (OutgoingPaymentEdit): The Outgoing Payment to edit, named by `payment_id`. Which of
            the optional fields are required or not allowed depends on the payment's type, as each
            field's description says.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OutgoingPayment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
