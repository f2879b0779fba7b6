"""GET /2.0/{kb_document_type}/{document_id}/kb_position_custom (listDefaultPositions): Fetch a list of default positions"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_custom import KbPositionCustom
from ...types import UNSET, Unset


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_custom".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[KbPositionCustom]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = KbPositionCustom.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listDefaultPositions",
    {
        200: ("json", _parse_200),
    },
)
