"""GET /4.0/purchase/documentnumbers/bills (validateBillDocumentNumber): Validate whether document number is available or not"""

from typing import Any

from ..._resource import Operation
from ...models.purchase_document_number_check import PurchaseDocumentNumberCheck
from ...types import UNSET


def _get_kwargs(
    *,
    document_no: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["document_no"] = document_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/4.0/purchase/documentnumbers/bills",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> PurchaseDocumentNumberCheck:
    response_200 = PurchaseDocumentNumberCheck.from_dict(data)

    return response_200


OPERATION = Operation(
    "validateBillDocumentNumber",
    {
        200: ("json", _parse_200),
    },
)
