"""DELETE /4.0/payroll/employees/{employee_id}/absences/{absence_id} (deleteAbsence): Deleting employee absence with given id"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation


def _get_kwargs(
    employee_id: UUID,
    absence_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/4.0/payroll/employees/{employee_id}/absences/{absence_id}".format(
            employee_id=quote(str(employee_id), safe=""),
            absence_id=quote(str(absence_id), safe=""),
        ),
    }

    return _kwargs


OPERATION = Operation(
    "deleteAbsence",
    {
        204: None,
    },
)
