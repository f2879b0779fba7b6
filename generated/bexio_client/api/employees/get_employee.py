"""GET /4.0/payroll/employees/{employee_id} (getEmployee): Retrieve a single employee on a specific date"""

import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.employee_with_extras import EmployeeWithExtras
from ...types import UNSET


def _get_kwargs(
    employee_id: UUID,
    *,
    date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date = date.isoformat()
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees/{employee_id}".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> EmployeeWithExtras:
    response_200 = EmployeeWithExtras.from_dict(data)

    return response_200


OPERATION = Operation(
    "getEmployee",
    {
        200: ("json", _parse_200),
    },
)
