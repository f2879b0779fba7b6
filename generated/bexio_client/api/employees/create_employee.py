"""POST /4.0/payroll/employees (createEmployee): Create employee"""

from collections.abc import Mapping
from typing import Any

from ..._resource import Operation, as_model
from ...models.employee_with_extras import EmployeeWithExtras
from ...models.employee_write import EmployeeWrite


def _get_kwargs(
    *,
    body: EmployeeWrite | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/payroll/employees",
    }

    body = as_model(body, EmployeeWrite)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> EmployeeWithExtras:
    response_201 = EmployeeWithExtras.from_dict(data)

    return response_201


OPERATION = Operation(
    "createEmployee",
    {
        201: ("json", _parse_201),
    },
)
