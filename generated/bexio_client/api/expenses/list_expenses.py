import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.expense_page import ExpensePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: str | Unset = "asc",
    sort: str | Unset = UNSET,
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    paid_on_start: datetime.date | Unset = UNSET,
    paid_on_end: datetime.date | Unset = UNSET,
    created_at_start: datetime.datetime | Unset = UNSET,
    created_at_end: datetime.datetime | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["order"] = order

    params["sort"] = sort

    params["vendor"] = vendor

    params["gross_min"] = gross_min

    params["gross_max"] = gross_max

    params["net_min"] = net_min

    params["net_max"] = net_max

    json_paid_on_start: str | Unset = UNSET
    if not isinstance(paid_on_start, Unset):
        json_paid_on_start = paid_on_start.isoformat()
    params["paid_on_start"] = json_paid_on_start

    json_paid_on_end: str | Unset = UNSET
    if not isinstance(paid_on_end, Unset):
        json_paid_on_end = paid_on_end.isoformat()
    params["paid_on_end"] = json_paid_on_end

    json_created_at_start: str | Unset = UNSET
    if not isinstance(created_at_start, Unset):
        json_created_at_start = created_at_start.isoformat()
    params["created_at_start"] = json_created_at_start

    json_created_at_end: str | Unset = UNSET
    if not isinstance(created_at_end, Unset):
        json_created_at_end = created_at_end.isoformat()
    params["created_at_end"] = json_created_at_end

    params["title"] = title

    params["currency_code"] = currency_code

    params["document_no"] = document_no

    params["supplier_id"] = supplier_id

    json_project_id: str | Unset = UNSET
    if not isinstance(project_id, Unset):
        json_project_id = str(project_id)
    params["project_id"] = json_project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/expenses",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ExpensePage | None:
    if response.status_code == 200:
        response_200 = ExpensePage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | ExpensePage]:
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
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    paid_on_start: datetime.date | Unset = UNSET,
    paid_on_end: datetime.date | Unset = UNSET,
    created_at_start: datetime.datetime | Unset = UNSET,
    created_at_end: datetime.datetime | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
) -> Response[Error | ExpensePage]:
    """Get Expenses

     Endpoint for retrieving Expenses

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        paid_on_start (datetime.date | Unset):
        paid_on_end (datetime.date | Unset):
        created_at_start (datetime.datetime | Unset):
        created_at_end (datetime.datetime | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        project_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExpensePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
        sort=sort,
        vendor=vendor,
        gross_min=gross_min,
        gross_max=gross_max,
        net_min=net_min,
        net_max=net_max,
        paid_on_start=paid_on_start,
        paid_on_end=paid_on_end,
        created_at_start=created_at_start,
        created_at_end=created_at_end,
        title=title,
        currency_code=currency_code,
        document_no=document_no,
        supplier_id=supplier_id,
        project_id=project_id,
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
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    paid_on_start: datetime.date | Unset = UNSET,
    paid_on_end: datetime.date | Unset = UNSET,
    created_at_start: datetime.datetime | Unset = UNSET,
    created_at_end: datetime.datetime | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
) -> Error | ExpensePage | None:
    """Get Expenses

     Endpoint for retrieving Expenses

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        paid_on_start (datetime.date | Unset):
        paid_on_end (datetime.date | Unset):
        created_at_start (datetime.datetime | Unset):
        created_at_end (datetime.datetime | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        project_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExpensePage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        order=order,
        sort=sort,
        vendor=vendor,
        gross_min=gross_min,
        gross_max=gross_max,
        net_min=net_min,
        net_max=net_max,
        paid_on_start=paid_on_start,
        paid_on_end=paid_on_end,
        created_at_start=created_at_start,
        created_at_end=created_at_end,
        title=title,
        currency_code=currency_code,
        document_no=document_no,
        supplier_id=supplier_id,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    order: str | Unset = "asc",
    sort: str | Unset = UNSET,
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    paid_on_start: datetime.date | Unset = UNSET,
    paid_on_end: datetime.date | Unset = UNSET,
    created_at_start: datetime.datetime | Unset = UNSET,
    created_at_end: datetime.datetime | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
) -> Response[Error | ExpensePage]:
    """Get Expenses

     Endpoint for retrieving Expenses

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        paid_on_start (datetime.date | Unset):
        paid_on_end (datetime.date | Unset):
        created_at_start (datetime.datetime | Unset):
        created_at_end (datetime.datetime | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        project_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExpensePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        order=order,
        sort=sort,
        vendor=vendor,
        gross_min=gross_min,
        gross_max=gross_max,
        net_min=net_min,
        net_max=net_max,
        paid_on_start=paid_on_start,
        paid_on_end=paid_on_end,
        created_at_start=created_at_start,
        created_at_end=created_at_end,
        title=title,
        currency_code=currency_code,
        document_no=document_no,
        supplier_id=supplier_id,
        project_id=project_id,
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
    vendor: str | Unset = UNSET,
    gross_min: float | Unset = UNSET,
    gross_max: float | Unset = UNSET,
    net_min: float | Unset = UNSET,
    net_max: float | Unset = UNSET,
    paid_on_start: datetime.date | Unset = UNSET,
    paid_on_end: datetime.date | Unset = UNSET,
    created_at_start: datetime.datetime | Unset = UNSET,
    created_at_end: datetime.datetime | Unset = UNSET,
    title: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    document_no: str | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    project_id: UUID | Unset = UNSET,
) -> Error | ExpensePage | None:
    """Get Expenses

     Endpoint for retrieving Expenses

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        order (str | Unset):  Default: 'asc'.
        sort (str | Unset):
        vendor (str | Unset):
        gross_min (float | Unset):
        gross_max (float | Unset):
        net_min (float | Unset):
        net_max (float | Unset):
        paid_on_start (datetime.date | Unset):
        paid_on_end (datetime.date | Unset):
        created_at_start (datetime.datetime | Unset):
        created_at_end (datetime.datetime | Unset):
        title (str | Unset):
        currency_code (str | Unset):
        document_no (str | Unset):
        supplier_id (int | Unset):
        project_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExpensePage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            order=order,
            sort=sort,
            vendor=vendor,
            gross_min=gross_min,
            gross_max=gross_max,
            net_min=net_min,
            net_max=net_max,
            paid_on_start=paid_on_start,
            paid_on_end=paid_on_end,
            created_at_start=created_at_start,
            created_at_end=created_at_end,
            title=title,
            currency_code=currency_code,
            document_no=document_no,
            supplier_id=supplier_id,
            project_id=project_id,
        )
    ).parsed
