"""GET /4.0/payroll/employees/{employee_id}/paystub-pdf-download/{year}/{month} (downloadPaystubPdf): Download paystub pdf for employee for given month"""

from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...types import File


def _get_kwargs(
    employee_id: UUID,
    year: int,
    month: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees/{employee_id}/paystub-pdf-download/{year}/{month}".format(
            employee_id=quote(str(employee_id), safe=""),
            year=quote(str(year), safe=""),
            month=quote(str(month), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> File:
    response_200 = File(payload=BytesIO(data))

    return response_200


OPERATION = Operation(
    "downloadPaystubPdf",
    {
        200: ("bytes", _parse_200),
    },
)
