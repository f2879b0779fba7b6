"""DELETE /4.0/purchase/bills/{id} (deleteBill): Delete Bill"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._resource import Operation


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/4.0/purchase/bills/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


OPERATION = Operation(
    "deleteBill",
    {
        200: None,
    },
)
