"""GET /4.0/payroll/employees (listEmployees): Retrieves all active employees"""

from typing import Any

from ..._resource import Operation
from ...models.employee_list import EmployeeList


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees",
    }

    return _kwargs


def _parse_200(data: Any) -> EmployeeList:
    response_200 = EmployeeList.from_dict(data)

    return response_200


OPERATION = Operation(
    "listEmployees",
    {
        200: ("json", _parse_200),
    },
)
