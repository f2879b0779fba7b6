"""DELETE /2.0/{kb_document_type}/{document_id}/kb_position_pagebreak/{position_id} (deletePagebreakPosition): Delete a pagebreak position"""

from typing import Any
from urllib.parse import quote

from ..._resource import Operation
from ...models.kb_document_type import KbDocumentType
from ...models.success import Success


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    position_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_pagebreak/{position_id}".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
            position_id=quote(str(position_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> Success:
    response_200 = Success.from_dict(data)

    return response_200


OPERATION = Operation(
    "deletePagebreakPosition",
    {
        200: ("json", _parse_200),
    },
)
