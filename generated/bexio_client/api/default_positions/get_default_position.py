"""GET /2.0/{kb_document_type}/{document_id}/kb_position_custom/{position_id} (getDefaultPosition): Fetch a default position"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_custom import KbPositionCustom


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    position_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_custom/{position_id}".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
            position_id=quote(str(position_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> KbPositionCustom:
    response_200 = KbPositionCustom.from_dict(data)

    return response_200


OPERATION = Operation(
    "getDefaultPosition",
    {
        200: ("json", _parse_200),
    },
)
