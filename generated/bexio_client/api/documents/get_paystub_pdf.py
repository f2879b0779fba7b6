"""GET /4.0/payroll/employees/{employee_id}/paystub-pdf/{year}/{month} (getPaystubPdf): Retrieving pdf for employee for given month"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.get_paystub_pdf_response_200 import GetPaystubPdfResponse200


def _get_kwargs(
    employee_id: UUID,
    year: int,
    month: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/payroll/employees/{employee_id}/paystub-pdf/{year}/{month}".format(
            employee_id=quote(str(employee_id), safe=""),
            year=quote(str(year), safe=""),
            month=quote(str(month), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> GetPaystubPdfResponse200:
    response_200 = GetPaystubPdfResponse200.from_dict(data)

    return response_200


OPERATION = Operation(
    "getPaystubPdf",
    {
        200: ("json", _parse_200),
    },
    deprecated='Deprecated on 2026-05-26 in favour of "Download paystub pdf for employee for given month" (`GET /4.0/payroll/employees/{employeeId}/paystub-pdf-download/{year}/{month}`), which returns the PDF itself.',
)
