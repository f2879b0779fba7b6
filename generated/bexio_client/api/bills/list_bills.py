import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bill_page import BillPage
from ...models.error import Error
from ...models.list_bills_fields_item import ListBillsFieldsItem
from ...models.list_bills_status import ListBillsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: str | Unset = "asc",
    sort: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    fields: list[ListBillsFieldsItem] | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    bill_date_start: datetime.date | Unset = UNSET,
    bill_date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    vendor_ref: str | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    pending_amount_min: float | Unset = UNSET,
    pending_amount_max: float | Unset = UNSET,
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    average_exchange_rate_enabled: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["order"] = order

    params["sort"] = sort

    params["search_term"] = search_term

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item: str = fields_item_data
            json_fields.append(fields_item)

    params["fields[]"] = json_fields

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_bill_date_start: str | Unset = UNSET
    if not isinstance(bill_date_start, Unset):
        json_bill_date_start = bill_date_start.isoformat()
    params["bill_date_start"] = json_bill_date_start

    json_bill_date_end: str | Unset = UNSET
    if not isinstance(bill_date_end, Unset):
        json_bill_date_end = bill_date_end.isoformat()
    params["bill_date_end"] = json_bill_date_end

    json_due_date_start: str | Unset = UNSET
    if not isinstance(due_date_start, Unset):
        json_due_date_start = due_date_start.isoformat()
    params["due_date_start"] = json_due_date_start

    json_due_date_end: str | Unset = UNSET
    if not isinstance(due_date_end, Unset):
        json_due_date_end = due_date_end.isoformat()
    params["due_date_end"] = json_due_date_end

    params["vendor_ref"] = vendor_ref

    params["title"] = title

    params["currency_code"] = currency_code

    params["pending_amount_min"] = pending_amount_min

    params["pending_amount_max"] = pending_amount_max

    params["vendor"] = vendor

    params["gross_min"] = gross_min

    params["gross_max"] = gross_max

    params["net_min"] = net_min

    params["net_max"] = net_max

    params["document_no"] = document_no

    params["supplier_id"] = supplier_id

    params["average_exchange_rate_enabled"] = average_exchange_rate_enabled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/purchase/bills",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BillPage | Error | None:
    if response.status_code == 200:
        response_200 = BillPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BillPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: str | Unset = "asc",
    sort: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    fields: list[ListBillsFieldsItem] | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    bill_date_start: datetime.date | Unset = UNSET,
    bill_date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    vendor_ref: str | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    pending_amount_min: float | Unset = UNSET,
    pending_amount_max: float | Unset = UNSET,
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    average_exchange_rate_enabled: bool | Unset = UNSET,
) -> Response[BillPage | Error]:
    """Get Bills

     Endpoint for retrieving Bills

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        search_term (str | Unset):
        fields (list[ListBillsFieldsItem] | Unset):
        status (ListBillsStatus | Unset):
        bill_date_start (datetime.date | Unset):
        bill_date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        vendor_ref (str | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        pending_amount_min (float | Unset):
        pending_amount_max (float | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        average_exchange_rate_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillPage | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
        sort=sort,
        search_term=search_term,
        fields=fields,
        status=status,
        bill_date_start=bill_date_start,
        bill_date_end=bill_date_end,
        due_date_start=due_date_start,
        due_date_end=due_date_end,
        vendor_ref=vendor_ref,
        title=title,
        currency_code=currency_code,
        pending_amount_min=pending_amount_min,
        pending_amount_max=pending_amount_max,
        vendor=vendor,
        gross_min=gross_min,
        gross_max=gross_max,
        net_min=net_min,
        net_max=net_max,
        document_no=document_no,
        supplier_id=supplier_id,
        average_exchange_rate_enabled=average_exchange_rate_enabled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: str | Unset = "asc",
    sort: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    fields: list[ListBillsFieldsItem] | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    bill_date_start: datetime.date | Unset = UNSET,
    bill_date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    vendor_ref: str | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    pending_amount_min: float | Unset = UNSET,
    pending_amount_max: float | Unset = UNSET,
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    average_exchange_rate_enabled: bool | Unset = UNSET,
) -> BillPage | Error | None:
    """Get Bills

     Endpoint for retrieving Bills

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        search_term (str | Unset):
        fields (list[ListBillsFieldsItem] | Unset):
        status (ListBillsStatus | Unset):
        bill_date_start (datetime.date | Unset):
        bill_date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        vendor_ref (str | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        pending_amount_min (float | Unset):
        pending_amount_max (float | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        average_exchange_rate_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillPage | Error
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        order=order,
        sort=sort,
        search_term=search_term,
        fields=fields,
        status=status,
        bill_date_start=bill_date_start,
        bill_date_end=bill_date_end,
        due_date_start=due_date_start,
        due_date_end=due_date_end,
        vendor_ref=vendor_ref,
        title=title,
        currency_code=currency_code,
        pending_amount_min=pending_amount_min,
        pending_amount_max=pending_amount_max,
        vendor=vendor,
        gross_min=gross_min,
        gross_max=gross_max,
        net_min=net_min,
        net_max=net_max,
        document_no=document_no,
        supplier_id=supplier_id,
        average_exchange_rate_enabled=average_exchange_rate_enabled,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: str | Unset = "asc",
    sort: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    fields: list[ListBillsFieldsItem] | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    bill_date_start: datetime.date | Unset = UNSET,
    bill_date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    vendor_ref: str | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    pending_amount_min: float | Unset = UNSET,
    pending_amount_max: float | Unset = UNSET,
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    average_exchange_rate_enabled: bool | Unset = UNSET,
) -> Response[BillPage | Error]:
    """Get Bills

     Endpoint for retrieving Bills

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        search_term (str | Unset):
        fields (list[ListBillsFieldsItem] | Unset):
        status (ListBillsStatus | Unset):
        bill_date_start (datetime.date | Unset):
        bill_date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        vendor_ref (str | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        pending_amount_min (float | Unset):
        pending_amount_max (float | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        average_exchange_rate_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillPage | Error]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
        sort=sort,
        search_term=search_term,
        fields=fields,
        status=status,
        bill_date_start=bill_date_start,
        bill_date_end=bill_date_end,
        due_date_start=due_date_start,
        due_date_end=due_date_end,
        vendor_ref=vendor_ref,
        title=title,
        currency_code=currency_code,
        pending_amount_min=pending_amount_min,
        pending_amount_max=pending_amount_max,
        vendor=vendor,
        gross_min=gross_min,
        gross_max=gross_max,
        net_min=net_min,
        net_max=net_max,
        document_no=document_no,
        supplier_id=supplier_id,
        average_exchange_rate_enabled=average_exchange_rate_enabled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: str | Unset = "asc",
    sort: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    fields: list[ListBillsFieldsItem] | Unset = UNSET,
    status: ListBillsStatus | Unset = UNSET,
    bill_date_start: datetime.date | Unset = UNSET,
    bill_date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    vendor_ref: str | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    pending_amount_min: float | Unset = UNSET,
    pending_amount_max: float | Unset = UNSET,
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    average_exchange_rate_enabled: bool | Unset = UNSET,
) -> BillPage | Error | None:
    """Get Bills

     Endpoint for retrieving Bills

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        search_term (str | Unset):
        fields (list[ListBillsFieldsItem] | Unset):
        status (ListBillsStatus | Unset):
        bill_date_start (datetime.date | Unset):
        bill_date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        vendor_ref (str | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        pending_amount_min (float | Unset):
        pending_amount_max (float | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        average_exchange_rate_enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            order=order,
            sort=sort,
            search_term=search_term,
            fields=fields,
            status=status,
            bill_date_start=bill_date_start,
            bill_date_end=bill_date_end,
            due_date_start=due_date_start,
            due_date_end=due_date_end,
            vendor_ref=vendor_ref,
            title=title,
            currency_code=currency_code,
            pending_amount_min=pending_amount_min,
            pending_amount_max=pending_amount_max,
            vendor=vendor,
            gross_min=gross_min,
            gross_max=gross_max,
            net_min=net_min,
            net_max=net_max,
            document_no=document_no,
            supplier_id=supplier_id,
            average_exchange_rate_enabled=average_exchange_rate_enabled,
        )
    ).parsed
