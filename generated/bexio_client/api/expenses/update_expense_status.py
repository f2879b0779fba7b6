from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.expense import Expense
from ...models.update_expense_status_status import UpdateExpenseStatusStatus
from ...types import Response


def _get_kwargs(
    id: UUID,
    status: UpdateExpenseStatusStatus,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/expenses/{id}/bookings/{status}".format(
            id=quote(str(id), safe=""),
            status=quote(str(status), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Expense | None:
    if response.status_code == 200:
        response_200 = Expense.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Expense]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    status: UpdateExpenseStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Expense]:
    """Update Expense status

     **Changing status from DRAFT to DONE**

    When changing status to DONE there are specific validations triggered:

    1. 'bank_account_id' is required.
    2. 'base_currency_amount' is required when 'curency_code' does not equal 'base_currency_code' and
    must be greater than 0.
    3. 'booking_account_id' is required. And this Booking Account:
       * Cannot be a system asset account (account type ID 3, is_locked true)
       * Cannot be a system liability account (account type ID 4, is_locked true)
       * Cannot be a system complete account (account type ID 5, is_locked true)
    4. 'document_no' cannot be blank and must be unique across all existing Expenses in DONE status.
    5. 'exchange_rate' is required when 'curency_code' does not equal 'base_currency_code' and must be
    greater than 0.
    6. 'amount' must be greater than 0.
    7. 'tax_id' validation:
       * when Expense is not subject to Vat then 'tax_id' must be null
       * Tax cannot have 'digit' set to one of:
         * 415
         * 420
       * when Expense's Calendar Year has Effective Vat accounting method then Tax type must be one of:
         * pre_tax_material
         * pre_tax_investment
         * pre_customs_tax_investment
         * pre_customs_tax_material
         * pre_regards_tax_material
         * pre_regards_tax_investment
       * when Expense's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
       * when Expense's Calendar Year does not have Effective Vat accounting method then Tax type must
    be one of:
         * pre_regards_tax_material
         * pre_regards_tax_investment
    8. 'paid_on' must be in existing Business Year that is not Closed and not Locked.
    9. If 'supplier_id' is set then 'address' cannot be null.
    10. If 'aupplier_id' is not set then 'address' must be null.
    11. If 'address' is set then 'address.lastname_company' cannot be null or empty

    **Changing status from DONE to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. 'paid_on' date must be in existing Business Year that is not Closed and not Locked.
    2. Expense cannot be linked to an Invoice ('invoice_id' must be null).
    3. Expense cannot be reconciled with any Transaction ('transaction_id' must be null).

    Args:
        id (UUID):
        status (UpdateExpenseStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Expense]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    status: UpdateExpenseStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Error | Expense | None:
    """Update Expense status

     **Changing status from DRAFT to DONE**

    When changing status to DONE there are specific validations triggered:

    1. 'bank_account_id' is required.
    2. 'base_currency_amount' is required when 'curency_code' does not equal 'base_currency_code' and
    must be greater than 0.
    3. 'booking_account_id' is required. And this Booking Account:
       * Cannot be a system asset account (account type ID 3, is_locked true)
       * Cannot be a system liability account (account type ID 4, is_locked true)
       * Cannot be a system complete account (account type ID 5, is_locked true)
    4. 'document_no' cannot be blank and must be unique across all existing Expenses in DONE status.
    5. 'exchange_rate' is required when 'curency_code' does not equal 'base_currency_code' and must be
    greater than 0.
    6. 'amount' must be greater than 0.
    7. 'tax_id' validation:
       * when Expense is not subject to Vat then 'tax_id' must be null
       * Tax cannot have 'digit' set to one of:
         * 415
         * 420
       * when Expense's Calendar Year has Effective Vat accounting method then Tax type must be one of:
         * pre_tax_material
         * pre_tax_investment
         * pre_customs_tax_investment
         * pre_customs_tax_material
         * pre_regards_tax_material
         * pre_regards_tax_investment
       * when Expense's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
       * when Expense's Calendar Year does not have Effective Vat accounting method then Tax type must
    be one of:
         * pre_regards_tax_material
         * pre_regards_tax_investment
    8. 'paid_on' must be in existing Business Year that is not Closed and not Locked.
    9. If 'supplier_id' is set then 'address' cannot be null.
    10. If 'aupplier_id' is not set then 'address' must be null.
    11. If 'address' is set then 'address.lastname_company' cannot be null or empty

    **Changing status from DONE to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. 'paid_on' date must be in existing Business Year that is not Closed and not Locked.
    2. Expense cannot be linked to an Invoice ('invoice_id' must be null).
    3. Expense cannot be reconciled with any Transaction ('transaction_id' must be null).

    Args:
        id (UUID):
        status (UpdateExpenseStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Expense
    """

    return sync_detailed(
        id=id,
        status=status,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    status: UpdateExpenseStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Expense]:
    """Update Expense status

     **Changing status from DRAFT to DONE**

    When changing status to DONE there are specific validations triggered:

    1. 'bank_account_id' is required.
    2. 'base_currency_amount' is required when 'curency_code' does not equal 'base_currency_code' and
    must be greater than 0.
    3. 'booking_account_id' is required. And this Booking Account:
       * Cannot be a system asset account (account type ID 3, is_locked true)
       * Cannot be a system liability account (account type ID 4, is_locked true)
       * Cannot be a system complete account (account type ID 5, is_locked true)
    4. 'document_no' cannot be blank and must be unique across all existing Expenses in DONE status.
    5. 'exchange_rate' is required when 'curency_code' does not equal 'base_currency_code' and must be
    greater than 0.
    6. 'amount' must be greater than 0.
    7. 'tax_id' validation:
       * when Expense is not subject to Vat then 'tax_id' must be null
       * Tax cannot have 'digit' set to one of:
         * 415
         * 420
       * when Expense's Calendar Year has Effective Vat accounting method then Tax type must be one of:
         * pre_tax_material
         * pre_tax_investment
         * pre_customs_tax_investment
         * pre_customs_tax_material
         * pre_regards_tax_material
         * pre_regards_tax_investment
       * when Expense's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
       * when Expense's Calendar Year does not have Effective Vat accounting method then Tax type must
    be one of:
         * pre_regards_tax_material
         * pre_regards_tax_investment
    8. 'paid_on' must be in existing Business Year that is not Closed and not Locked.
    9. If 'supplier_id' is set then 'address' cannot be null.
    10. If 'aupplier_id' is not set then 'address' must be null.
    11. If 'address' is set then 'address.lastname_company' cannot be null or empty

    **Changing status from DONE to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. 'paid_on' date must be in existing Business Year that is not Closed and not Locked.
    2. Expense cannot be linked to an Invoice ('invoice_id' must be null).
    3. Expense cannot be reconciled with any Transaction ('transaction_id' must be null).

    Args:
        id (UUID):
        status (UpdateExpenseStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Expense]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    status: UpdateExpenseStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Error | Expense | None:
    """Update Expense status

     **Changing status from DRAFT to DONE**

    When changing status to DONE there are specific validations triggered:

    1. 'bank_account_id' is required.
    2. 'base_currency_amount' is required when 'curency_code' does not equal 'base_currency_code' and
    must be greater than 0.
    3. 'booking_account_id' is required. And this Booking Account:
       * Cannot be a system asset account (account type ID 3, is_locked true)
       * Cannot be a system liability account (account type ID 4, is_locked true)
       * Cannot be a system complete account (account type ID 5, is_locked true)
    4. 'document_no' cannot be blank and must be unique across all existing Expenses in DONE status.
    5. 'exchange_rate' is required when 'curency_code' does not equal 'base_currency_code' and must be
    greater than 0.
    6. 'amount' must be greater than 0.
    7. 'tax_id' validation:
       * when Expense is not subject to Vat then 'tax_id' must be null
       * Tax cannot have 'digit' set to one of:
         * 415
         * 420
       * when Expense's Calendar Year has Effective Vat accounting method then Tax type must be one of:
         * pre_tax_material
         * pre_tax_investment
         * pre_customs_tax_investment
         * pre_customs_tax_material
         * pre_regards_tax_material
         * pre_regards_tax_investment
       * when Expense's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
       * when Expense's Calendar Year does not have Effective Vat accounting method then Tax type must
    be one of:
         * pre_regards_tax_material
         * pre_regards_tax_investment
    8. 'paid_on' must be in existing Business Year that is not Closed and not Locked.
    9. If 'supplier_id' is set then 'address' cannot be null.
    10. If 'aupplier_id' is not set then 'address' must be null.
    11. If 'address' is set then 'address.lastname_company' cannot be null or empty

    **Changing status from DONE to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. 'paid_on' date must be in existing Business Year that is not Closed and not Locked.
    2. Expense cannot be linked to an Invoice ('invoice_id' must be null).
    3. Expense cannot be reconciled with any Transaction ('transaction_id' must be null).

    Args:
        id (UUID):
        status (UpdateExpenseStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Expense
    """

    return (
        await asyncio_detailed(
            id=id,
            status=status,
            client=client,
        )
    ).parsed
