"""PUT /4.0/payroll/employees/{employee_id}/absences/{absence_id} (updateAbsence): Updating existing absence"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation, as_model
from ...models.absence_full import AbsenceFull


def _get_kwargs(
    employee_id: UUID,
    absence_id: UUID,
    *,
    body: AbsenceFull | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/payroll/employees/{employee_id}/absences/{absence_id}".format(
            employee_id=quote(str(employee_id), safe=""),
            absence_id=quote(str(absence_id), safe=""),
        ),
    }

    body = as_model(body, AbsenceFull)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


OPERATION = Operation(
    "updateAbsence",
    {
        204: None,
    },
)
