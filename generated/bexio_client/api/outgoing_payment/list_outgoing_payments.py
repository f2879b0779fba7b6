from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_outgoing_payments_order import ListOutgoingPaymentsOrder
from ...models.outgoing_payment_page import OutgoingPaymentPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bill_id: UUID,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: ListOutgoingPaymentsOrder | Unset = "asc",
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bill_id = str(bill_id)
    params["bill_id"] = json_bill_id

    params["limit"] = limit

    params["page"] = page

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/purchase/outgoing-payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OutgoingPaymentPage | None:
    if response.status_code == 200:
        response_200 = OutgoingPaymentPage.from_dict(response.json())

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
) -> Response[Error | OutgoingPaymentPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    bill_id: UUID,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: ListOutgoingPaymentsOrder | Unset = "asc",
    sort: str | Unset = UNSET,
) -> Response[Error | OutgoingPaymentPage]:
    """Retrieve Outgoing Payments

     Retrieves the Outgoing Payments created for one Bill (`bill_id`), a page at a time. (The reference
    gives this operation no text of its own.)

    Args:
        bill_id (UUID):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (ListOutgoingPaymentsOrder | Unset):  Default: 'asc'.
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OutgoingPaymentPage]
    """

    kwargs = _get_kwargs(
        bill_id=bill_id,
        limit=limit,
        page=page,
        order=order,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    bill_id: UUID,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: ListOutgoingPaymentsOrder | Unset = "asc",
    sort: str | Unset = UNSET,
) -> Error | OutgoingPaymentPage | None:
    """Retrieve Outgoing Payments

     Retrieves the Outgoing Payments created for one Bill (`bill_id`), a page at a time. (The reference
    gives this operation no text of its own.)

    Args:
        bill_id (UUID):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (ListOutgoingPaymentsOrder | Unset):  Default: 'asc'.
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OutgoingPaymentPage
    """

    return sync_detailed(
        client=client,
        bill_id=bill_id,
        limit=limit,
        page=page,
        order=order,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    bill_id: UUID,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: ListOutgoingPaymentsOrder | Unset = "asc",
    sort: str | Unset = UNSET,
) -> Response[Error | OutgoingPaymentPage]:
    """Retrieve Outgoing Payments

     Retrieves the Outgoing Payments created for one Bill (`bill_id`), a page at a time. (The reference
    gives this operation no text of its own.)

    Args:
        bill_id (UUID):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (ListOutgoingPaymentsOrder | Unset):  Default: 'asc'.
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OutgoingPaymentPage]
    """

    kwargs = _get_kwargs(
        bill_id=bill_id,
        limit=limit,
        page=page,
        order=order,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    bill_id: UUID,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: ListOutgoingPaymentsOrder | Unset = "asc",
    sort: str | Unset = UNSET,
) -> Error | OutgoingPaymentPage | None:
    """Retrieve Outgoing Payments

     Retrieves the Outgoing Payments created for one Bill (`bill_id`), a page at a time. (The reference
    gives this operation no text of its own.)

    Args:
        bill_id (UUID):
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (ListOutgoingPaymentsOrder | Unset):  Default: 'asc'.
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OutgoingPaymentPage
    """

    return (
        await asyncio_detailed(
            client=client,
            bill_id=bill_id,
            limit=limit,
            page=page,
            order=order,
            sort=sort,
        )
    ).parsed
