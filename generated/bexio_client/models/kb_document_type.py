from typing import Literal

KbDocumentType = Literal["kb_invoice", "kb_offer", "kb_order"]

KB_DOCUMENT_TYPE_VALUES: set[KbDocumentType] = {
    "kb_invoice",
    "kb_offer",
    "kb_order",
}


def check_kb_document_type(value: str) -> KbDocumentType:
    if value in KB_DOCUMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_TYPE_VALUES!r}")
