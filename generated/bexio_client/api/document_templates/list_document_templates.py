"""GET /3.0/document_templates (listDocumentTemplates): List document templates"""

from typing import Any

from ..._resource import Operation
from ...models.document_template import DocumentTemplate


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/3.0/document_templates",
    }

    return _kwargs


def _parse_200(data: Any) -> list[DocumentTemplate]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = DocumentTemplate.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION = Operation(
    "listDocumentTemplates",
    {
        200: ("json", _parse_200),
    },
)
