"""POST /2.0/{kb_document_type}/{document_id}/kb_position_subposition (createSubPosition): Create a sub position"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_subposition import KbPositionSubposition
from ...models.sub_position_create import SubPositionCreate


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    body: SubPositionCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_subposition".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    body = as_model(body, SubPositionCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> KbPositionSubposition:
    response_201 = KbPositionSubposition.from_dict(data)

    return response_201


OPERATION = Operation(
    "createSubPosition",
    {
        201: ("json", _parse_201),
    },
)
