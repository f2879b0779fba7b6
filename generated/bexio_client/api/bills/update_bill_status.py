from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill import Bill
from ...models.error import Error
from ...models.update_bill_status_status import UpdateBillStatusStatus
from ...types import Response


def _get_kwargs(
    id: UUID,
    status: UpdateBillStatusStatus,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/purchase/bills/{id}/bookings/{status}".format(
            id=quote(str(id), safe=""),
            status=quote(str(status), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Bill | Error | None:
    if response.status_code == 200:
        response_200 = Bill.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Bill | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    status: UpdateBillStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Response[Bill | Error]:
    """Update Bill status

     **Changing status to BOOKED**

    When changing status to BOOKED there are specific validations triggered:

    1. Bill must be in status DRAFT.
    2. 'amount_man' is required and must be greater than 0 when 'manual_amount' is true.
    3. 'amount_calc' is required and must be greater than 0 when 'manual_amount' is false.
    4. 'exchange_rate' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    5. 'base_currency_amount' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    6. 'bill_date' must be in existing Business Year that is not Closed and not Locked.
    7. 'due_date' must be after or equal to 'bill_date'.
    8. 'document_no' cannot be blank and must be unique across all existing Bills in status other than
    DRAFT.
    9. 'item_net' cannot be set to 'true' when any of 'line_items' 'tax_id' is one of tax types that is
    ignorig vat:
       * pre_regards_tax_material
       * pre_regards_tax_investment
       * pre_customs_tax_material
       * pre_customs_tax_investment
    10. 'line_tems' total amount must be greater than 0.
    11. 'booking_account_id' is required for each 'line_item'. And this Booking Account:
        * Cannot be a system asset account (account type ID 3, is_locked true)
        * Cannot be a system liability account (account type ID 4, is_locked true) with the exception of
    account 2201
        * Cannot be a system complete account (account type ID 5, is_locked true)
    12. 'line_item' amount cannot be less or equal to 0 when 'tax_id' is one of types:
        * pre_customs_tax_investment
        * pre_customs_tax_material
        * pre_regards_tax_investment
        * pre_regards_tax_material
    13. 'line_item' 'tax_id' validation:
        * when Bill is not subject to Vat then 'tax_id' must be null
        * Tax cannot have 'digit' set to one of:
          * 415
          * 420
        * when Bill's Calendar Year has Effective Vat accounting method then Tax type must be one of:
          * pre_tax_material
          * pre_tax_investment
          * pre_customs_tax_investment
          * pre_customs_tax_material
          * pre_regards_tax_material
          * pre_regards_tax_investment
        * when Bill's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
        * when Bill's Calendar Year does not have Effective Vat accounting method then Tax type must be
    one of:
          * pre_regards_tax_material
          * pre_regards_tax_investment
    14. 'discounts' total amount must be less than 'line_items' total amount.
    15. Each 'discount' amount must be greater than 0.
    16. 'discounts' must be empty when there is 'line_item' with amount less or equal to 0.
    17. 'discounts' must be empty when there is 'line_item' with 'tax_id' being one of types rejecting
    discounts:
        * pre_customs_tax_material
        * pre_customs_tax_investment
    18. 'address.lastname_company' cannot be null or empty

    **Changing status to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. Bill must be in status BOOKED.
    2. 'bill_date' must be in existing Business Year that is not Closed and not Locked.

    Args:
        id (UUID):
        status (UpdateBillStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bill | Error]
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
    status: UpdateBillStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Bill | Error | None:
    """Update Bill status

     **Changing status to BOOKED**

    When changing status to BOOKED there are specific validations triggered:

    1. Bill must be in status DRAFT.
    2. 'amount_man' is required and must be greater than 0 when 'manual_amount' is true.
    3. 'amount_calc' is required and must be greater than 0 when 'manual_amount' is false.
    4. 'exchange_rate' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    5. 'base_currency_amount' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    6. 'bill_date' must be in existing Business Year that is not Closed and not Locked.
    7. 'due_date' must be after or equal to 'bill_date'.
    8. 'document_no' cannot be blank and must be unique across all existing Bills in status other than
    DRAFT.
    9. 'item_net' cannot be set to 'true' when any of 'line_items' 'tax_id' is one of tax types that is
    ignorig vat:
       * pre_regards_tax_material
       * pre_regards_tax_investment
       * pre_customs_tax_material
       * pre_customs_tax_investment
    10. 'line_tems' total amount must be greater than 0.
    11. 'booking_account_id' is required for each 'line_item'. And this Booking Account:
        * Cannot be a system asset account (account type ID 3, is_locked true)
        * Cannot be a system liability account (account type ID 4, is_locked true) with the exception of
    account 2201
        * Cannot be a system complete account (account type ID 5, is_locked true)
    12. 'line_item' amount cannot be less or equal to 0 when 'tax_id' is one of types:
        * pre_customs_tax_investment
        * pre_customs_tax_material
        * pre_regards_tax_investment
        * pre_regards_tax_material
    13. 'line_item' 'tax_id' validation:
        * when Bill is not subject to Vat then 'tax_id' must be null
        * Tax cannot have 'digit' set to one of:
          * 415
          * 420
        * when Bill's Calendar Year has Effective Vat accounting method then Tax type must be one of:
          * pre_tax_material
          * pre_tax_investment
          * pre_customs_tax_investment
          * pre_customs_tax_material
          * pre_regards_tax_material
          * pre_regards_tax_investment
        * when Bill's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
        * when Bill's Calendar Year does not have Effective Vat accounting method then Tax type must be
    one of:
          * pre_regards_tax_material
          * pre_regards_tax_investment
    14. 'discounts' total amount must be less than 'line_items' total amount.
    15. Each 'discount' amount must be greater than 0.
    16. 'discounts' must be empty when there is 'line_item' with amount less or equal to 0.
    17. 'discounts' must be empty when there is 'line_item' with 'tax_id' being one of types rejecting
    discounts:
        * pre_customs_tax_material
        * pre_customs_tax_investment
    18. 'address.lastname_company' cannot be null or empty

    **Changing status to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. Bill must be in status BOOKED.
    2. 'bill_date' must be in existing Business Year that is not Closed and not Locked.

    Args:
        id (UUID):
        status (UpdateBillStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bill | Error
    """

    return sync_detailed(
        id=id,
        status=status,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    status: UpdateBillStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Response[Bill | Error]:
    """Update Bill status

     **Changing status to BOOKED**

    When changing status to BOOKED there are specific validations triggered:

    1. Bill must be in status DRAFT.
    2. 'amount_man' is required and must be greater than 0 when 'manual_amount' is true.
    3. 'amount_calc' is required and must be greater than 0 when 'manual_amount' is false.
    4. 'exchange_rate' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    5. 'base_currency_amount' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    6. 'bill_date' must be in existing Business Year that is not Closed and not Locked.
    7. 'due_date' must be after or equal to 'bill_date'.
    8. 'document_no' cannot be blank and must be unique across all existing Bills in status other than
    DRAFT.
    9. 'item_net' cannot be set to 'true' when any of 'line_items' 'tax_id' is one of tax types that is
    ignorig vat:
       * pre_regards_tax_material
       * pre_regards_tax_investment
       * pre_customs_tax_material
       * pre_customs_tax_investment
    10. 'line_tems' total amount must be greater than 0.
    11. 'booking_account_id' is required for each 'line_item'. And this Booking Account:
        * Cannot be a system asset account (account type ID 3, is_locked true)
        * Cannot be a system liability account (account type ID 4, is_locked true) with the exception of
    account 2201
        * Cannot be a system complete account (account type ID 5, is_locked true)
    12. 'line_item' amount cannot be less or equal to 0 when 'tax_id' is one of types:
        * pre_customs_tax_investment
        * pre_customs_tax_material
        * pre_regards_tax_investment
        * pre_regards_tax_material
    13. 'line_item' 'tax_id' validation:
        * when Bill is not subject to Vat then 'tax_id' must be null
        * Tax cannot have 'digit' set to one of:
          * 415
          * 420
        * when Bill's Calendar Year has Effective Vat accounting method then Tax type must be one of:
          * pre_tax_material
          * pre_tax_investment
          * pre_customs_tax_investment
          * pre_customs_tax_material
          * pre_regards_tax_material
          * pre_regards_tax_investment
        * when Bill's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
        * when Bill's Calendar Year does not have Effective Vat accounting method then Tax type must be
    one of:
          * pre_regards_tax_material
          * pre_regards_tax_investment
    14. 'discounts' total amount must be less than 'line_items' total amount.
    15. Each 'discount' amount must be greater than 0.
    16. 'discounts' must be empty when there is 'line_item' with amount less or equal to 0.
    17. 'discounts' must be empty when there is 'line_item' with 'tax_id' being one of types rejecting
    discounts:
        * pre_customs_tax_material
        * pre_customs_tax_investment
    18. 'address.lastname_company' cannot be null or empty

    **Changing status to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. Bill must be in status BOOKED.
    2. 'bill_date' must be in existing Business Year that is not Closed and not Locked.

    Args:
        id (UUID):
        status (UpdateBillStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bill | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    status: UpdateBillStatusStatus,
    *,
    client: AuthenticatedClient,
) -> Bill | Error | None:
    """Update Bill status

     **Changing status to BOOKED**

    When changing status to BOOKED there are specific validations triggered:

    1. Bill must be in status DRAFT.
    2. 'amount_man' is required and must be greater than 0 when 'manual_amount' is true.
    3. 'amount_calc' is required and must be greater than 0 when 'manual_amount' is false.
    4. 'exchange_rate' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    5. 'base_currency_amount' is required and must be greater than 0 when 'curency_code' does not equal
    'base_currency_code'.
    6. 'bill_date' must be in existing Business Year that is not Closed and not Locked.
    7. 'due_date' must be after or equal to 'bill_date'.
    8. 'document_no' cannot be blank and must be unique across all existing Bills in status other than
    DRAFT.
    9. 'item_net' cannot be set to 'true' when any of 'line_items' 'tax_id' is one of tax types that is
    ignorig vat:
       * pre_regards_tax_material
       * pre_regards_tax_investment
       * pre_customs_tax_material
       * pre_customs_tax_investment
    10. 'line_tems' total amount must be greater than 0.
    11. 'booking_account_id' is required for each 'line_item'. And this Booking Account:
        * Cannot be a system asset account (account type ID 3, is_locked true)
        * Cannot be a system liability account (account type ID 4, is_locked true) with the exception of
    account 2201
        * Cannot be a system complete account (account type ID 5, is_locked true)
    12. 'line_item' amount cannot be less or equal to 0 when 'tax_id' is one of types:
        * pre_customs_tax_investment
        * pre_customs_tax_material
        * pre_regards_tax_investment
        * pre_regards_tax_material
    13. 'line_item' 'tax_id' validation:
        * when Bill is not subject to Vat then 'tax_id' must be null
        * Tax cannot have 'digit' set to one of:
          * 415
          * 420
        * when Bill's Calendar Year has Effective Vat accounting method then Tax type must be one of:
          * pre_tax_material
          * pre_tax_investment
          * pre_customs_tax_investment
          * pre_customs_tax_material
          * pre_regards_tax_material
          * pre_regards_tax_investment
        * when Bill's Calendar Year does not have Effective Vat accounting method then 'tax_id' is not
    required
        * when Bill's Calendar Year does not have Effective Vat accounting method then Tax type must be
    one of:
          * pre_regards_tax_material
          * pre_regards_tax_investment
    14. 'discounts' total amount must be less than 'line_items' total amount.
    15. Each 'discount' amount must be greater than 0.
    16. 'discounts' must be empty when there is 'line_item' with amount less or equal to 0.
    17. 'discounts' must be empty when there is 'line_item' with 'tax_id' being one of types rejecting
    discounts:
        * pre_customs_tax_material
        * pre_customs_tax_investment
    18. 'address.lastname_company' cannot be null or empty

    **Changing status to DRAFT**

    When changing status to DRAFT there are specific validations triggered:

    1. Bill must be in status BOOKED.
    2. 'bill_date' must be in existing Business Year that is not Closed and not Locked.

    Args:
        id (UUID):
        status (UpdateBillStatusStatus):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bill | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            status=status,
            client=client,
        )
    ).parsed
