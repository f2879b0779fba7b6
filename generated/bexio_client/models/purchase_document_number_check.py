from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PurchaseDocumentNumberCheck")


@_attrs_define
class PurchaseDocumentNumberCheck:
    """Whether a document number is still available (Bills and Expenses)."""

    valid: bool
    """ true when the document number is available """
    next_available_no: None | str
    """ the next available document number """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        next_available_no: None | str
        next_available_no = self.next_available_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
                "next_available_no": next_available_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid = d.pop("valid")

        def _parse_next_available_no(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        next_available_no = _parse_next_available_no(d.pop("next_available_no"))

        purchase_document_number_check = cls(
            valid=valid,
            next_available_no=next_available_no,
        )

        purchase_document_number_check.additional_properties = d
        return purchase_document_number_check

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
