"""POST /2.0/{kb_document_type}/{document_id}/kb_position_custom (createDefaultPosition): Create a default position"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.default_position_create import DefaultPositionCreate
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_custom import KbPositionCustom


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    body: DefaultPositionCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_custom".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    body = as_model(body, DefaultPositionCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> KbPositionCustom:
    response_201 = KbPositionCustom.from_dict(data)

    return response_201


OPERATION = Operation(
    "createDefaultPosition",
    {
        201: ("json", _parse_201),
    },
)
