"""POST /4.0/payroll/employees/{employee_id}/absences (createAbsence): Create absence for employee"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation, as_model
from ...models.absence import Absence
from ...models.absence_with_id import AbsenceWithId


def _get_kwargs(
    employee_id: UUID,
    *,
    body: Absence | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/4.0/payroll/employees/{employee_id}/absences".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    body = as_model(body, Absence)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> AbsenceWithId:
    response_201 = AbsenceWithId.from_dict(data)

    return response_201


OPERATION = Operation(
    "createAbsence",
    {
        201: ("json", _parse_201),
    },
)
