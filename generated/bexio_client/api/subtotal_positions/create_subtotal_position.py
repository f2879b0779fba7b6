"""POST /2.0/{kb_document_type}/{document_id}/kb_position_subtotal (createSubtotalPosition): Create a subtotal position"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..._resource import Operation, as_model
from ...models.kb_document_type import KbDocumentType
from ...models.kb_position_subtotal import KbPositionSubtotal
from ...models.subtotal_position_create import SubtotalPositionCreate


def _get_kwargs(
    kb_document_type: KbDocumentType,
    document_id: int,
    *,
    body: SubtotalPositionCreate | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2.0/{kb_document_type}/{document_id}/kb_position_subtotal".format(
            kb_document_type=quote(str(kb_document_type), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    body = as_model(body, SubtotalPositionCreate)
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> KbPositionSubtotal:
    response_201 = KbPositionSubtotal.from_dict(data)

    return response_201


OPERATION = Operation(
    "createSubtotalPosition",
    {
        201: ("json", _parse_201),
    },
)
