"""PUT /4.0/purchase/bills/{id}/bookings/{status} (updateBillStatus): Update Bill status"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation
from ...models.bill import Bill
from ...models.update_bill_status_status import UpdateBillStatusStatus


def _get_kwargs(
    id: UUID,
    status: UpdateBillStatusStatus,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/4.0/purchase/bills/{id}/bookings/{status}".format(
            id=quote(str(id), safe=""),
            status=quote(str(status), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Bill:
    response_200 = Bill.from_dict(data)

    return response_200


OPERATION = Operation(
    "updateBillStatus",
    {
        200: ("json", _parse_200),
    },
)
