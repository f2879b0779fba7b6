"""GET /4.0/expenses (listExpenses): Get Expenses"""

import datetime
from typing import Any
from uuid import UUID

from ..._resource import Operation
from ...models.expense_page import ExpensePage
from ...types import UNSET, Unset


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


def _parse_200(data: Any) -> ExpensePage:
    response_200 = ExpensePage.from_dict(data)

    return response_200


OPERATION = Operation(
    "listExpenses",
    {
        200: ("json", _parse_200),
    },
)
