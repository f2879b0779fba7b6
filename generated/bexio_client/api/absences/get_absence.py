"""GET /4.0/payroll/employees/{employee_id}/absences/{absence_id} (getAbsence): Retrieving absence for employee with given absence id"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.absence_with_id import AbsenceWithId


def _get_kwargs(
    employee_id: UUID,
    absence_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees/{employee_id}/absences/{absence_id}".format(
            employee_id=quote(str(employee_id), safe=""),
            absence_id=quote(str(absence_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> AbsenceWithId:
    response_200 = AbsenceWithId.from_dict(data)

    return response_200


OPERATION = Operation(
    "getAbsence",
    {
        200: ("json", _parse_200),
    },
)
