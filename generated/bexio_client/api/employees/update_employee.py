"""PATCH /4.0/payroll/employees/{employee_id} (updateEmployee): Update employee"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation, as_model
from ...models.employee_write import EmployeeWrite


def _get_kwargs(
    employee_id: UUID,
    *,
    body: EmployeeWrite | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/4.0/payroll/employees/{employee_id}".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    body = as_model(body, EmployeeWrite)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    "updateEmployee",
    {
        204: None,
    },
)
