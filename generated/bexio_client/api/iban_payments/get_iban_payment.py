from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_payment import BankPayment
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    bank_account_id: int,
    payment_id: int | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/banking/bank_accounts/{bank_account_id}/iban_payments/{payment_id}".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BankPayment | Error | None:
    if response.status_code == 200:
        response_200 = BankPayment.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BankPayment | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bank_account_id: int,
    payment_id: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[BankPayment | Error]:
    """Get IBAN payment

     This action fetches an IBAN payment which is associated to the specified bank account

    **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
    2026.

    Args:
        bank_account_id (int):
        payment_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankPayment | Error]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
        payment_id=payment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bank_account_id: int,
    payment_id: int | str,
    *,
    client: AuthenticatedClient,
) -> BankPayment | Error | None:
    """Get IBAN payment

     This action fetches an IBAN payment which is associated to the specified bank account

    **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
    2026.

    Args:
        bank_account_id (int):
        payment_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankPayment | Error
    """

    return sync_detailed(
        bank_account_id=bank_account_id,
        payment_id=payment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bank_account_id: int,
    payment_id: int | str,
    *,
    client: AuthenticatedClient,
) -> Response[BankPayment | Error]:
    """Get IBAN payment

     This action fetches an IBAN payment which is associated to the specified bank account

    **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
    2026.

    Args:
        bank_account_id (int):
        payment_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankPayment | Error]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
        payment_id=payment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bank_account_id: int,
    payment_id: int | str,
    *,
    client: AuthenticatedClient,
) -> BankPayment | Error | None:
    """Get IBAN payment

     This action fetches an IBAN payment which is associated to the specified bank account

    **Deprecated** on 2025-09-19 in favour of `/4.0/banking/payments`; reported gone on the live API in
    2026.

    Args:
        bank_account_id (int):
        payment_id (int | str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankPayment | Error
    """

    return (
        await asyncio_detailed(
            bank_account_id=bank_account_id,
            payment_id=payment_id,
            client=client,
        )
    ).parsed
