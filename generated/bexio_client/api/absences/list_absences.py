"""GET /4.0/payroll/employees/{employee_id}/absences (listAbsences): Retrieving absences of employee for given year"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.absence_list import AbsenceList
from ...types import UNSET


def _get_kwargs(
    employee_id: UUID,
    *,
    business_year: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["businessYear"] = business_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees/{employee_id}/absences".format(
            employee_id=quote(str(employee_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> AbsenceList:
    response_200 = AbsenceList.from_dict(data)

    return response_200


OPERATION = Operation(
    "listAbsences",
    {
        200: ("json", _parse_200),
    },
)
