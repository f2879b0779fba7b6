"""GET /4.0/purchase/bills (listBills): Get Bills"""

import datetime
from typing import Any

from ..._resource import Operation
from ...models.bill_page import BillPage
from ...models.list_bills_fields_item import ListBillsFieldsItem
from ...models.list_bills_status import ListBillsStatus
from ...types import UNSET, Unset


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


def _parse_200(data: Any) -> BillPage:
    response_200 = BillPage.from_dict(data)

    return response_200


OPERATION = Operation(
    "listBills",
    {
        200: ("json", _parse_200),
    },
)
