"""GET /2.0/kb_item_setting (listDocumentSettings): Fetch a list of document settings"""

from typing import Any

from ..._resource import Operation
from ...models.document_setting import DocumentSetting
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    order_by: str | Unset = "id",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["order_by"] = order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/kb_item_setting",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[DocumentSetting]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = DocumentSetting.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listDocumentSettings",
    {
        200: ("json", _parse_200),
    },
)
